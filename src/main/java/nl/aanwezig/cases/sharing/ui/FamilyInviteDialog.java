package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.family.FamilyInvitations;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.InvitationForm;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invites a parent (with or without parental authority) or the pupil. E-mailed, it says to whom; otherwise it shows
 * the link once, to hand over in person: only its hash is kept.
 */
class FamilyInviteDialog extends Dialog {

    /** Which field shows which of the service's messages. */
    private static final Map<String, String> FIELD_OF = Map.of("family.error.kind", "kind",
            "family.error.pupilTooYoung", "kind", "family.error.name", "name", "family.error.nameTooLong", "name",
            "family.error.email", "email");

    final RadioButtonGroup<FamilyKind> kind = new RadioButtonGroup<>(getTranslation("familyStaff.invite.kind"));
    final TextField name = new TextField(getTranslation("familyStaff.invite.name"));
    final TextField email = new TextField(getTranslation("familyStaff.invite.email"));
    final Checkbox authority = new Checkbox(getTranslation("familyStaff.invite.authority"));
    final Button save = new Button(getTranslation("familyStaff.invite.save"));
    final Button cancel = new Button(getTranslation("common.cancel"), e -> close());
    final TextField link = new TextField(getTranslation("familyStaff.link.label"));
    final Paragraph handOver = new Paragraph();
    final Button done = new Button(getTranslation("familyStaff.link.done"), e -> close());

    private final transient FamilyInvitations invitations;
    private final transient Clock clock;
    private final long caseId;
    private final Runnable saved;

    FamilyInviteDialog(long caseId, FamilyInvitations invitations, Clock clock, Runnable saved) {
        this.caseId = caseId;
        this.invitations = invitations;
        this.clock = clock;
        this.saved = saved;
        setHeaderTitle(getTranslation("familyStaff.invite.title"));
        kind.setItems(FamilyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("familyStaff.invite.kind." + k));
        kind.setRequired(true);
        kind.addValueChangeListener(e -> authority.setVisible(e.getValue() == FamilyKind.PARENT));
        kind.setValue(FamilyKind.PARENT);
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        email.setMaxLength(254);
        email.setWidthFull();
        email.setHelperText(getTranslation("familyStaff.invite.email.helper"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        VerticalLayout body = new VerticalLayout(kind, name, email, authority);
        body.setPadding(false);
        body.setMinWidth("28rem");
        add(body);
        getFooter().add(cancel, save);
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("kind", kind, "name", name, "email", email);
        try {
            FamilyInvitations.Invited invited = invitations.invite(caseId, new InvitationForm(kind.getValue(),
                    name.getValue(), email.getValue(), authority.getValue()));
            mark(fields, List.of());
            saved.run();
            if (invited.mailed()) {
                Notifications.success(getTranslation("familyStaff.invite.mailed", email.getValue().strip()));
                close();
            } else {
                showLink(invited);
            }
        } catch (UserFacingException e) {
            List<Message> rest = mark(fields, e.messages());
            if (!rest.isEmpty() || e.messages().isEmpty()) {
                Notifications.error(e);
            }
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    /** The link, once: read-only to copy, and what to do with it. */
    private void showLink(FamilyInvitations.Invited invited) {
        link.setValue(invited.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText(getTranslation("familyStaff.link.copy"));
        handOver.setText(getTranslation("familyStaff.link.handOver", name.getValue().strip(),
                Messages.date(LocalDate.ofInstant(invited.expiresAt(), clock.getZone()))));
        removeAll();
        VerticalLayout body = new VerticalLayout(handOver, link);
        body.setPadding(false);
        body.setMinWidth("28rem");
        add(body);
        getFooter().removeAll();
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /** Marks the fields the messages name; returns those no field shows. */
    private static List<Message> mark(Map<String, HasValidation> fields, List<Message> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<Message> rest = new ArrayList<>();
        for (Message m : errors) {
            HasValidation field = fields.get(FIELD_OF.getOrDefault(m.key(), ""));
            if (field == null) {
                rest.add(m);
            } else {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
        return rest;
    }
}
