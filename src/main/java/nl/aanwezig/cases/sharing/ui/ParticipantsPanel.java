package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.family.FamilyInvitations;
import nl.aanwezig.cases.sharing.Consent;
import nl.aanwezig.cases.sharing.ConsentService;
import nl.aanwezig.cases.sharing.Contact;
import nl.aanwezig.cases.sharing.InvitationService;
import nl.aanwezig.cases.sharing.Participant;
import nl.aanwezig.cases.sharing.ParticipantService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who takes part in the case (with role and organisation), the parents' consent to share and, for the regievoerder
 * or the school's OC, inviting partners and recording consent. Embedded in the pupil page.
 */
public class ParticipantsPanel extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy", Messages.DUTCH);

    final Paragraph regievoerder = new Paragraph();
    final Grid<Participant> accounts = new Grid<>();
    final Grid<Contact> contacts = new Grid<>();
    final Paragraph consent = new Paragraph();
    final RouterLink sharedView = new RouterLink();
    final InviteForm invite;
    final ConsentEditor consentEditor;
    final ContactEditor contactEditor;
    final FamilyPanel family;

    private final transient ParticipantService participants;
    private long caseId;

    public ParticipantsPanel(ParticipantService participants, InvitationService invitations, ConsentService consents,
                             FamilyInvitations familyInvitations, Clock clock) {
        this.participants = participants;
        this.invite = new InviteForm(invitations, this::refresh);
        this.consentEditor = new ConsentEditor(consents, clock, this::refresh);
        this.contactEditor = new ContactEditor(participants, this::refresh);
        this.family = new FamilyPanel(familyInvitations, clock);
        setPadding(false);
        addClassName("participants-panel");
        accounts.addColumn(Participant::displayName).setHeader(getTranslation("sharing.col.name"));
        accounts.addColumn(p -> getTranslation("sharing.role." + p.role())).setHeader(getTranslation("sharing.col.role"));
        accounts.addColumn(p -> p.organisation() == null ? "" : p.organisation()).setHeader(getTranslation("sharing.col.organisation"));
        accounts.addColumn(this::status).setHeader(getTranslation("sharing.col.since"));
        accounts.setAllRowsVisible(true);
        contacts.addColumn(Contact::name).setHeader(getTranslation("sharing.col.name"));
        contacts.addColumn(c -> getTranslation("sharing.role." + c.role())).setHeader(getTranslation("sharing.col.role"));
        contacts.addColumn(c -> c.organisation() == null ? "" : c.organisation()).setHeader(getTranslation("sharing.col.organisation"));
        contacts.addColumn(c -> c.contactNote() == null ? "" : c.contactNote()).setHeader(getTranslation("sharing.col.contact"));
        contacts.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        contacts.setAllRowsVisible(true);
        sharedView.setText(getTranslation("sharing.panel.openShared"));
        add(new H3(getTranslation("sharing.panel.title")), regievoerder, accounts, contacts, consent, sharedView,
                family, invite, consentEditor, contactEditor);
    }

    /**
     * The panel for the pupil page's open case, or nothing when there is none or the user is a partner (they use the
     * shared view). Built by the Spring instantiator so the pupil page needs one line.
     */
    public static Component forCase(Dossier.CaseSummary open) {
        if (open == null || VaadinService.getCurrent() == null) {
            return new Span();
        }
        var instantiator = VaadinService.getCurrent().getInstantiator();
        if (!instantiator.getOrCreate(AuthenticationContext.class).hasAnyRole("OC", "MENTOR")) {
            return new Span();
        }
        ParticipantsPanel panel = instantiator.getOrCreate(ParticipantsPanel.class);
        panel.show(open.caseId());
        return panel;
    }

    public void show(long caseId) {
        this.caseId = caseId;
        refresh();
    }

    void refresh() {
        try {
            ParticipantService.Overview o = participants.overview(caseId);
            regievoerder.setText(getTranslation("sharing.panel.regievoerder",
                    o.regievoerder() == null ? getTranslation("sharing.panel.noRegievoerder") : o.regievoerder()));
            accounts.setItems(o.participants());
            contacts.setItems(o.contacts());
            contacts.setVisible(!o.contacts().isEmpty());
            consent.setText(consentText(o.consent()));
            sharedView.setRoute(SharedCaseView.class, caseId);
            boolean manage = o.mayManage() && o.open();
            invite.setVisible(manage);
            consentEditor.setVisible(manage);
            contactEditor.setVisible(manage);
            contacts.getColumns().get(4).setVisible(manage);
            family.show(caseId, o.open());
            if (manage) {
                invite.show(caseId);
                consentEditor.show(caseId, o.consent());
                contactEditor.show(caseId);
            }
        } catch (AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("common.noAccess")));
        }
    }

    String consentText(Consent c) {
        if (c == null) {
            return getTranslation("sharing.consent.none");
        }
        String scope = c.scope().stream().sorted().map(r -> getTranslation("sharing.role." + r))
                .collect(java.util.stream.Collectors.joining(", "));
        String given = getTranslation("sharing.consent.status.given", DAY.format(c.givenOn()), c.givenBy(), scope);
        return c.inForce() ? given
                : given + " " + getTranslation("sharing.consent.status.withdrawn", DAY.format(c.withdrawnOn()), c.withdrawnBy());
    }

    private String status(Participant p) {
        String since = day(p.addedAt());
        return p.active() ? since : getTranslation("sharing.panel.removed", day(p.removedAt()));
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(TimeConfig.SCHOOL_ZONE));
    }

    private Component removeButton(Contact c) {
        Button b = new Button(getTranslation("sharing.contact.remove"), e -> {
            try {
                participants.removeContact(caseId, c.id());
                refresh();
            } catch (UserFacingException ex) {
                Notifications.error(ex);
            } catch (AccessDeniedException ex) {
                Notifications.noAccess();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
