package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.admin.AccountForm;
import nl.aanwezig.admin.AccountInfo;
import nl.aanwezig.admin.PlaceAdmin;
import nl.aanwezig.admin.SchoolInfo;
import nl.aanwezig.security.Role;

/**
 * The fields of an account; the school shows for a mentor or OC, the region and the (required) organisation for
 * leerplicht, jeugdarts, SWV and coach.
 */
class AccountFields extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    final ComboBox<String> school = new ComboBox<>();
    final ComboBox<String> region = new ComboBox<>();
    final TextField organisation = new TextField();
    final PasswordField password = new PasswordField();
    final FieldErrors errors = new FieldErrors();

    AccountFields(List<SchoolInfo> schools, List<PlaceAdmin.Place> regions) {
        username.setLabel(getTranslation("admin.account.username"));
        username.setId("account-username");
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("admin.account.displayName"));
        displayName.setId("account-name");
        displayName.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("admin.account.role"));
        role.setItems(Role.staff());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r));
        role.addValueChangeListener(e -> showScope(e.getValue()));
        Map<String, String> names = schools.stream().collect(Collectors.toMap(SchoolInfo::brin, SchoolInfo::name));
        school.setLabel(getTranslation("admin.account.school"));
        school.setId("account-school");
        school.setItems(schools.stream().map(SchoolInfo::brin).toList());
        school.setItemLabelGenerator(brin -> brin + " – " + names.getOrDefault(brin, ""));
        SchoolDetails.typed(region, getTranslation("admin.account.region"), regions);
        region.setHelperText(getTranslation("admin.account.region.helper"));
        organisation.setLabel(getTranslation("p3.admin.organisation"));
        organisation.setId("account-organisation");
        organisation.setHelperText(getTranslation("p3.admin.organisation.helper"));
        organisation.setRequiredIndicatorVisible(true);
        organisation.setMaxLength(200);
        password.setLabel(getTranslation("admin.account.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("admin.account.password.helper"));
        errors.bind("username", username).bind("displayName", displayName).bind("role", role).bind("school", school)
                .bind("region", region).bind("password", password).bind("organisation", organisation);
        showScope(null);
        add(username, displayName, role, school, region, organisation, password);
    }

    private void showScope(Role chosen) {
        school.setVisible(chosen != null && chosen.schoolBound());
        region.setVisible(chosen != null && !chosen.schoolBound() && chosen != Role.ADMIN);
        // a chain partner names the real organisation they work for (an invitation shows it to the school)
        organisation.setVisible(region.isVisible());
    }

    void show(AccountInfo account) {
        username.setValue(account.username());
        username.setReadOnly(true);
        displayName.setValue(account.displayName());
        role.setValue(account.role());
        school.setValue(account.school());
        region.setValue(account.region());
        organisation.setValue(account.organisation() == null ? "" : account.organisation());
        password.setVisible(false);
    }

    /** The form as typed; a hidden school or region is not sent (a role change leaves no stale school behind). */
    AccountForm form() {
        Role chosen = role.getValue();
        return new AccountForm(username.getValue(), displayName.getValue(), chosen == null ? null : chosen.name(),
                school.isVisible() ? school.getValue() : null, region.isVisible() ? region.getValue() : null,
                password.isVisible() ? password.getValue() : null, organisation.isVisible() ? organisation.getValue() : null);
    }
}
