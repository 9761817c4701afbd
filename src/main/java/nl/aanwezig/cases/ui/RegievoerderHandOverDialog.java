package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.Tier3People;
import org.springframework.security.access.AccessDeniedException;

/** Hands the regie of a case to someone else, with the reason (an event on the timeline). */
class RegievoerderHandOverDialog extends Dialog {

    final ComboBox<Tier3People.Person> regievoerder = RegievoerderView.personPicker(
            getTranslation("tier3ui.handOver.to"));
    final TextArea reason = new TextArea(getTranslation("tier3ui.handOver.reason"));
    final Button save = new Button(getTranslation("tier3ui.handOver.save"));
    final Tier3Fields fields = new Tier3Fields();

    RegievoerderHandOverDialog(long caseId, List<Tier3People.Person> people, RegievoerderService regie,
                               Runnable afterwards) {
        setHeaderTitle(getTranslation("tier3ui.handOver.title"));
        regievoerder.setItems(people);
        regievoerder.setRequired(true);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMaxLength(4000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                regie.handOver(caseId, regievoerder.getValue() == null ? null : regievoerder.getValue().username(),
                        reason.getValue());
                Notifications.success(getTranslation("tier3ui.handOver.saved"));
                close();
                afterwards.run();
            } catch (UserFacingException ex) {
                Tier3TaskView.notSaved(fields.mark(ex.messages()));
            } catch (AccessDeniedException ex) {
                Notifications.noAccess();
            }
        });
        fields.put("regievoerder", regievoerder).put("handoverReason", reason);
        VerticalLayout body = new VerticalLayout(regievoerder, reason);
        body.setPadding(false);
        body.setMinWidth("28rem");
        add(body);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
