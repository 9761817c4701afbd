package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountInfo;
import nl.aanwezig.admin.SchoolTeams;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.security.Role;

/** Who serves the school (leerplichtambtenaar, jeugdarts) and who sits in its SAT besides the OCs. */
class TeamPanel extends VerticalLayout {

    final MultiSelectComboBox<AccountInfo> leerplicht = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AccountInfo> jeugdarts = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AccountInfo> sat = new MultiSelectComboBox<>();
    final Button savePartners = new Button();
    final Button saveSat = new Button();
    final FieldErrors partnerErrors = new FieldErrors();
    final FieldErrors satErrors = new FieldErrors();

    private final transient SchoolTeams teams;
    private final transient AccountAdmin accounts;
    private String brin;

    TeamPanel(SchoolTeams teams, AccountAdmin accounts) {
        this.teams = teams;
        this.accounts = accounts;
        for (var box : List.of(leerplicht, jeugdarts, sat)) {
            box.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
            box.setWidth("36em");
        }
        leerplicht.setLabel(getTranslation("admin.team.leerplicht"));
        jeugdarts.setLabel(getTranslation("admin.team.jeugdarts"));
        sat.setLabel(getTranslation("admin.team.sat"));
        sat.setHelperText(getTranslation("admin.team.sat.helper"));
        savePartners.setText(getTranslation("admin.team.savePartners"));
        savePartners.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePartners.addClickListener(e -> savePartners());
        saveSat.setText(getTranslation("admin.team.saveSat"));
        saveSat.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSat.addClickListener(e -> saveSat());
        partnerErrors.bind("partners", jeugdarts);
        satErrors.bind("satMembers", sat);
        setPadding(false);
        add(new H3(getTranslation("admin.team.partnersTitle")), leerplicht, jeugdarts, savePartners,
                new H3(getTranslation("admin.team.satTitle")), sat, saveSat);
    }

    void show(String schoolBrin) {
        this.brin = schoolBrin;
        List<AccountInfo> all = accounts.list().stream().filter(AccountInfo::enabled).toList();
        leerplicht.setItems(all.stream().filter(a -> a.role() == Role.LEERPLICHT).toList());
        jeugdarts.setItems(all.stream().filter(a -> a.role() == Role.JEUGDARTS).toList());
        sat.setItems(all.stream().filter(a -> a.role().schoolCaseStaff() && schoolBrin.equals(a.school())).toList());
        Set<String> partners = teams.partners(schoolBrin).stream().map(SchoolTeams.Partner::username).collect(Collectors.toSet());
        Set<String> members = Set.copyOf(teams.satMembers(schoolBrin));
        select(leerplicht, partners);
        select(jeugdarts, partners);
        select(sat, members);
    }

    private static void select(MultiSelectComboBox<AccountInfo> box, Set<String> usernames) {
        box.setValue(box.getListDataView().getItems().filter(a -> usernames.contains(a.username()))
                .collect(Collectors.toSet()));
    }

    void savePartners() {
        partnerErrors.clear();
        List<SchoolTeams.Partner> partners = Stream.concat(leerplicht.getValue().stream(), jeugdarts.getValue().stream())
                .map(a -> new SchoolTeams.Partner(a.username(), a.role().name())).toList();
        try {
            teams.replacePartners(brin, partners);
            Notifications.success(getTranslation("admin.team.partnersSaved"));
        } catch (UserFacingException e) {
            partnerErrors.show(e);
        }
    }

    void saveSat() {
        satErrors.clear();
        try {
            teams.replaceSatMembers(brin, sat.getValue().stream().map(AccountInfo::username).toList());
            Notifications.success(getTranslation("admin.team.satSaved"));
        } catch (UserFacingException e) {
            satErrors.show(e);
        }
    }
}
