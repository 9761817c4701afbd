package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.sharing.InvitationService;
import nl.aanwezig.cases.sharing.InvitationService.Invitable;
import org.springframework.security.access.AccessDeniedException;

/** The regievoerder or OC invites a partner with an account to the shared plan. */
class InviteForm extends VerticalLayout {

    final ComboBox<Invitable> partner = new ComboBox<>(getTranslation("sharing.invite.partner"));
    final TextField organisation = new TextField(getTranslation("sharing.invite.organisation"));
    final Button invite = new Button(getTranslation("sharing.invite.button"));

    private final transient InvitationService invitations;
    private final Runnable saved;
    private long caseId;

    InviteForm(InvitationService invitations, Runnable saved) {
        this.invitations = invitations;
        this.saved = saved;
        setPadding(false);
        partner.setItemLabelGenerator(a -> a.displayName() + " – " + getTranslation("sharing.role." + a.role()));
        partner.setRequired(true);
        partner.setWidth("24em");
        organisation.setMaxLength(200);
        organisation.setHelperText(getTranslation("sharing.invite.organisation.helper"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> invite());
        HorizontalLayout row = new HorizontalLayout(partner, organisation, invite);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph rule = new Paragraph(getTranslation("sharing.invite.rule"));
        rule.addClassName("hint");
        add(new H4(getTranslation("sharing.invite.title")), rule, row);
    }

    void show(long caseId) {
        this.caseId = caseId;
        partner.setItems(invitations.invitable());
        // shown again after a change (consent given): an earlier refusal's red mark no longer holds
        FieldErrors.mark(Map.of("partner", partner, "organisation", organisation), java.util.List.of());
    }

    void invite() {
        if (partner.getValue() == null) {
            FieldErrors.mark(Map.of("partner", partner), java.util.List.of(
                    new UserFacingException.Message("sharing.error.partner.required")));
            Notifications.error(getTranslation("sharing.error.partner.required"));
            return;
        }
        try {
            invitations.invite(caseId, partner.getValue().username(), organisation.getValue());
            Notifications.success(getTranslation("sharing.invite.done", partner.getValue().displayName()));
            partner.clear();
            organisation.clear();
            FieldErrors.mark(Map.of("partner", partner, "organisation", organisation), java.util.List.of());
            saved.run();
        } catch (UserFacingException e) {
            FieldErrors.mark(Map.of("partner", partner, "organisation", organisation), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
