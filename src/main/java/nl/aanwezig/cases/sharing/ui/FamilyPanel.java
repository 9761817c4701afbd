package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Instant;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.family.FamilyInvitations;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyLink;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Gezin" in the participants panel: the family's invitations and accounts with their status; the regievoerder or
 * the school's OC invites a parent or the pupil and withdraws an invitation or the access it gave.
 */
class FamilyPanel extends VerticalLayout {

    final Grid<FamilyLink> links = new Grid<>();
    final Paragraph none = new Paragraph(getTranslation("familyStaff.panel.none"));
    final Button invite = new Button(getTranslation("familyStaff.invite.open"));
    final ConfirmDialog confirm = new ConfirmDialog();
    FamilyInviteDialog dialog;

    private final transient FamilyInvitations invitations;
    private final transient Clock clock;
    private long caseId;
    private boolean open;
    private boolean manage;
    private FamilyLink withdrawing;

    FamilyPanel(FamilyInvitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
        setPadding(false);
        addClassName("family-panel");
        links.addColumn(FamilyLink::name).setHeader(getTranslation("sharing.col.name"));
        links.addColumn(l -> getTranslation("family.kind." + l.kind())).setHeader(getTranslation("familyStaff.col.kind"));
        links.addColumn(l -> l.kind() == FamilyKind.PARENT
                ? getTranslation(l.parentalAuthority() ? "familyStaff.authority.yes" : "familyStaff.authority.no") : "")
                .setHeader(getTranslation("familyStaff.col.authority"));
        links.addColumn(this::status).setHeader(getTranslation("familyStaff.col.status"));
        links.addComponentColumn(this::withdrawButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        links.setAllRowsVisible(true);
        invite.addClickListener(e -> openDialog());
        confirm.setHeader(getTranslation("familyStaff.withdraw.header"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("familyStaff.withdraw.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> withdraw());
        Paragraph rule = new Paragraph(getTranslation("familyStaff.panel.rule"));
        rule.addClassName("hint");
        add(new H4(getTranslation("familyStaff.panel.title")), rule, none, links, invite);
    }

    void show(long caseId, boolean open) {
        this.caseId = caseId;
        this.open = open;
        try {
            this.manage = open && invitations.mayManage(caseId);
            var list = invitations.ofCase(caseId);
            links.setItems(list);
            links.setVisible(!list.isEmpty());
            none.setVisible(list.isEmpty());
            invite.setVisible(manage);
            setVisible(true);
        } catch (AccessDeniedException e) {
            setVisible(false);
        }
    }

    String status(FamilyLink l) {
        if (l.withdrawnAt() != null) {
            return getTranslation("familyStaff.status.withdrawn", day(l.withdrawnAt()));
        }
        if (l.active()) {
            return getTranslation("familyStaff.status.active", day(l.acceptedAt()));
        }
        return l.pending(clock.instant()) ? getTranslation("familyStaff.status.invited", day(l.expiresAt()))
                : getTranslation("familyStaff.status.expired");
    }

    static String day(Instant at) {
        return ParticipantsPanel.DAY.format(at.atZone(TimeConfig.SCHOOL_ZONE));
    }

    private Component withdrawButton(FamilyLink l) {
        if (!manage || !(l.active() || l.pending(clock.instant()))) {
            return new Span();
        }
        Button b = new Button(getTranslation("familyStaff.withdraw.button"), e -> askWithdraw(l));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return b;
    }

    void askWithdraw(FamilyLink l) {
        withdrawing = l;
        confirm.setText(getTranslation(l.active() ? "familyStaff.withdraw.textActive" : "familyStaff.withdraw.textInvited",
                l.name()));
        confirm.open();
    }

    void withdraw() {
        FamilyLink l = withdrawing;
        withdrawing = null;
        if (l == null) {
            return;
        }
        try {
            invitations.withdraw(caseId, l.id());
            Notifications.success(getTranslation("familyStaff.withdraw.done", l.name()));
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
        show(caseId, open);
    }

    private void openDialog() {
        dialog = new FamilyInviteDialog(caseId, invitations, clock, () -> show(caseId, open));
        dialog.open();
    }
}
