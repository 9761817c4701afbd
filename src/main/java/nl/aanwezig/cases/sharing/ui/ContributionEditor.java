package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.sharing.Contribution;
import nl.aanwezig.cases.sharing.ContributionForm;
import nl.aanwezig.cases.sharing.ContributionService;
import org.springframework.security.access.AccessDeniedException;

/** A note, an agreement or one's part of the plan; for the jeugdarts also a medical note only jeugdartsen read. */
class ContributionEditor extends VerticalLayout {

    final RadioButtonGroup<Contribution.Kind> kind = new RadioButtonGroup<>(getTranslation("sharing.contribute.kind"));
    final TextArea text = new TextArea(getTranslation("sharing.contribute.text"));
    final TextArea medicalNote = new TextArea(getTranslation("medical.field"));
    final Button save = new Button(getTranslation("sharing.contribute.save"));

    private final transient ContributionService contributions;
    private final Runnable saved;
    private long caseId;

    ContributionEditor(ContributionService contributions, Runnable saved) {
        this.contributions = contributions;
        this.saved = saved;
        setPadding(false);
        kind.setItems(Contribution.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sharing.kind." + k));
        kind.setValue(Contribution.Kind.NOTE);
        kind.setRequired(true);
        text.setRequired(true);
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setMinHeight("6em");
        medicalNote.setMaxLength(4000);
        medicalNote.setWidthFull();
        medicalNote.setHelperText(getTranslation("medical.helper"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H3(getTranslation("sharing.contribute.title")), kind, text, medicalNote, save);
    }

    /** The jeugdarts writes the advice in {@code text} and the medical grounds apart. */
    void show(long caseId, boolean jeugdarts) {
        this.caseId = caseId;
        medicalNote.setVisible(jeugdarts);
        text.setLabel(getTranslation(jeugdarts ? "medical.advice" : "sharing.contribute.text"));
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("kind", kind, "text", text);
        try {
            contributions.contribute(caseId, new ContributionForm(kind.getValue(), text.getValue(),
                    medicalNote.isVisible() ? medicalNote.getValue() : null));
            FieldErrors.mark(fields, List.of());
            text.clear();
            medicalNote.clear();
            Notifications.success(getTranslation("sharing.contribute.saved"));
            saved.run();
        } catch (UserFacingException e) {
            FieldErrors.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
