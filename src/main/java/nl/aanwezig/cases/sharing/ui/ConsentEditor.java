package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.sharing.Consent;
import nl.aanwezig.cases.sharing.ConsentForm;
import nl.aanwezig.cases.sharing.ConsentService;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.WithdrawalForm;
import org.springframework.security.access.AccessDeniedException;

/** Records the parents' consent to share, or its withdrawal (which stops sharing with invited partners). */
class ConsentEditor extends VerticalLayout {

    final DatePicker givenOn = DutchDates.picker(getTranslation("sharing.consent.givenOn"));
    final TextField givenBy = new TextField(getTranslation("sharing.consent.givenBy"));
    final CheckboxGroup<ParticipantRole> scope = new CheckboxGroup<>(getTranslation("sharing.consent.scope"));
    final TextArea note = new TextArea(getTranslation("sharing.consent.note"));
    final Button give = new Button(getTranslation("sharing.consent.give"));
    final FormLayout giveForm = new FormLayout(givenOn, givenBy, scope, note);

    final DatePicker withdrawnOn = DutchDates.picker(getTranslation("sharing.consent.withdrawnOn"));
    final TextField withdrawnBy = new TextField(getTranslation("sharing.consent.withdrawnBy"));
    final TextArea withdrawalNote = new TextArea(getTranslation("sharing.consent.note"));
    final Button withdraw = new Button(getTranslation("sharing.consent.withdraw"));
    final FormLayout withdrawForm = new FormLayout(withdrawnOn, withdrawnBy, withdrawalNote);

    private final transient ConsentService consents;
    private final transient Clock clock;
    private final Runnable saved;
    private long caseId;

    ConsentEditor(ConsentService consents, Clock clock, Runnable saved) {
        this.consents = consents;
        this.clock = clock;
        this.saved = saved;
        setPadding(false);
        scope.setItems(ConsentForm.scopes());
        scope.setItemLabelGenerator(r -> getTranslation("sharing.role." + r));
        givenOn.setRequired(true);
        givenBy.setRequired(true);
        givenBy.setHelperText(getTranslation("sharing.consent.givenBy.helper"));
        withdrawnOn.setRequired(true);
        withdrawnBy.setRequired(true);
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> give());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> withdraw());
        withdrawForm.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("sharing.consent.withdraw.effect")));
        add(new H4(getTranslation("sharing.consent.title")), giveForm, give, withdrawForm, withdraw);
    }

    void show(long caseId, Consent current) {
        this.caseId = caseId;
        boolean inForce = current != null && current.inForce();
        LocalDate today = LocalDate.now(clock);
        giveForm.setVisible(!inForce);
        give.setVisible(!inForce);
        withdrawForm.setVisible(inForce);
        withdraw.setVisible(inForce);
        givenOn.setMax(today);
        withdrawnOn.setMax(today);
        if (givenOn.isEmpty()) {
            givenOn.setValue(today);
        }
        if (withdrawnOn.isEmpty()) {
            withdrawnOn.setValue(today);
        }
    }

    void give() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("givenOn", givenOn, "givenBy", givenBy,
                "scope", scope, "consentNote", note);
        try {
            consents.give(caseId, new ConsentForm(givenOn.getValue(), givenBy.getValue(), scope.getValue(),
                    note.getValue()));
            FieldErrors.mark(fields, java.util.List.of());
            Notifications.success(getTranslation("sharing.consent.given"));
            saved.run();
        } catch (UserFacingException e) {
            FieldErrors.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void withdraw() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("withdrawnOn", withdrawnOn,
                "withdrawnBy", withdrawnBy, "withdrawalNote", withdrawalNote);
        try {
            consents.withdraw(caseId, new WithdrawalForm(withdrawnOn.getValue(), withdrawnBy.getValue(),
                    withdrawalNote.getValue()));
            FieldErrors.mark(fields, java.util.List.of());
            Notifications.success(getTranslation("sharing.consent.withdrawn"));
            saved.run();
        } catch (UserFacingException e) {
            FieldErrors.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
