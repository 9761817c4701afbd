package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.MappingService;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;

/** Saves a column mapping: per canonical column, the header name in the school's own export. */
class MappingForm extends Details {

    final TextField name = new TextField();
    final Map<String, TextField> sources = new LinkedHashMap<>();
    final Button save = new Button();
    private final FormLayout columns = new FormLayout();
    private final transient MappingService mappings;
    private final Runnable onSaved;
    private ImportKind kind;

    MappingForm(MappingService mappings, Runnable onSaved) {
        this.mappings = mappings;
        this.onSaved = onSaved;
        setSummaryText(getTranslation("import.mappingForm.title"));
        name.setLabel(getTranslation("import.mappingForm.name"));
        name.setMaxLength(80);
        save.setText(getTranslation("common.save"));
        save.addClickListener(e -> save());
        add(new Paragraph(getTranslation("import.mappingForm.intro")), name, columns, save);
    }

    /** Shows one field per canonical column of {@code newKind}, prefilled with the canonical name. */
    void show(ImportKind newKind) {
        kind = newKind;
        sources.clear();
        columns.removeAll();
        for (String canonical : newKind.columns()) {
            TextField field = new TextField(canonical, canonical, "");
            sources.put(canonical, field);
            columns.add(field);
        }
    }

    void save() {
        Map<String, String> byCanonical = new LinkedHashMap<>();
        sources.forEach((canonical, field) -> byCanonical.put(canonical, field.getValue()));
        try {
            mappings.save(name.getValue(), kind, byCanonical);
            Notifications.success(getTranslation("import.mappingForm.saved", name.getValue().strip()));
            name.clear();
            onSaved.run();
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
    }
}
