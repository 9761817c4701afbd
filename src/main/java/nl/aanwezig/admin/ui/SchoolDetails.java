package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.admin.PlaceAdmin;
import nl.aanwezig.admin.SchoolForm;
import nl.aanwezig.admin.SchoolInfo;
import nl.aanwezig.school.Sector;

/** The facts of a school: BRIN (fixed once saved), name, sector, region and municipality (picked or typed). */
class SchoolDetails extends FormLayout {

    final TextField brin = new TextField();
    final TextField name = new TextField();
    final RadioButtonGroup<Sector> sector = new RadioButtonGroup<>();
    final ComboBox<String> region = new ComboBox<>();
    final ComboBox<String> municipality = new ComboBox<>();
    final Checkbox familyNames = new Checkbox();
    final Button save = new Button();
    final FieldErrors errors = new FieldErrors();

    SchoolDetails(PlaceAdmin places) {
        brin.setLabel(getTranslation("admin.school.brin"));
        brin.setHelperText(getTranslation("admin.school.brin.helper"));
        brin.setId("school-brin");
        brin.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("admin.school.name"));
        name.setId("school-name");
        name.setRequiredIndicatorVisible(true);
        sector.setLabel(getTranslation("admin.school.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("admin.sector." + s));
        sector.setRequiredIndicatorVisible(true);
        typed(region, getTranslation("admin.school.region"), places.regions());
        region.setId("school-region");
        region.setRequiredIndicatorVisible(true);
        region.setHelperText(getTranslation("admin.school.region.helper"));
        typed(municipality, getTranslation("admin.school.municipality"), places.municipalities());
        municipality.setId("school-municipality");
        familyNames.setLabel(getTranslation("admin.school.familyNames"));
        familyNames.setId("school-family-names");
        save.setText(getTranslation("common.save"));
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.bind("brin", brin).bind("name", name).bind("sector", sector).bind("region", region)
                .bind("municipality", municipality);
        add(brin, name, sector, region, municipality, familyNames, save);
    }

    /**
     * A combo box of the known names that also takes a typed one: a new municipality is created on save, an unknown
     * region is refused on the field (regions are created under Regio's en gemeenten).
     */
    static void typed(ComboBox<String> box, String label, List<PlaceAdmin.Place> known) {
        List<String> names = new ArrayList<>(known.stream().map(PlaceAdmin.Place::name).toList());
        box.setLabel(label);
        box.setItems(names);
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        box.addCustomValueSetListener(e -> {
            if (!names.contains(e.getDetail())) {
                names.add(e.getDetail());
                box.setItems(names);
            }
            box.setValue(e.getDetail());
        });
    }

    void show(SchoolInfo school) {
        brin.setValue(school.brin());
        brin.setReadOnly(true);
        name.setValue(school.name());
        sector.setValue(school.sector());
        region.setValue(school.region());
        municipality.setValue(school.municipality());
        familyNames.setValue(school.familySeesStaffNames());
    }

    SchoolForm form() {
        return new SchoolForm(brin.getValue(), name.getValue(), sector.getValue() == null ? null : sector.getValue().name(),
                region.getValue(), municipality.getValue(), familyNames.getValue());
    }
}
