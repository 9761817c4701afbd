package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.CalendarAdmin;
import nl.aanwezig.admin.ClassAdmin;
import nl.aanwezig.admin.PlaceAdmin;
import nl.aanwezig.admin.SchoolAdmin;
import nl.aanwezig.admin.SchoolInfo;
import nl.aanwezig.admin.SchoolTeams;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;

/**
 * One school: its facts, and once it exists its classes, calendar, chain partners and SAT members. Each part is
 * saved on its own, as a whole, in one transaction; a refused save marks the fields and changes nothing.
 */
@Route("beheer/school")
@PageTitle("School – Aanwezig")
@RolesAllowed("ADMIN")
public class SchoolView extends VerticalLayout implements HasUrlParameter<String> {

    /** The parameter of the form for a new school. */
    static final String NEW = "nieuw";

    final H2 title = new H2();
    final SchoolDetails details;
    final ClassesPanel classesPanel;
    final CalendarPanel calendarPanel;
    final TeamPanel teamPanel;

    private final transient SchoolAdmin schools;
    private String brin;

    public SchoolView(SchoolAdmin schools, ClassAdmin classes, CalendarAdmin calendars, SchoolTeams teams,
                      AccountAdmin accounts, PlaceAdmin places) {
        this.schools = schools;
        this.details = new SchoolDetails(places);
        this.classesPanel = new ClassesPanel(classes);
        this.calendarPanel = new CalendarPanel(calendars);
        this.teamPanel = new TeamPanel(teams, accounts);
        details.save.addClickListener(e -> save());
        add(title, details, classesPanel, calendarPanel, teamPanel);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            title.setText(getTranslation("admin.school.new"));
            showParts(false);
            return;
        }
        try {
            SchoolInfo school = schools.get(parameter);
            show(school);
        } catch (UserFacingException e) {
            title.setText(getTranslation("admin.school.notFound"));
            details.setVisible(false);
            showParts(false);
        }
    }

    private void show(SchoolInfo school) {
        brin = school.brin();
        title.setText(school.brin() + " – " + school.name());
        details.show(school);
        classesPanel.show(school.brin());
        calendarPanel.show(school.brin());
        teamPanel.show(school.brin());
        showParts(true);
    }

    private void showParts(boolean visible) {
        classesPanel.setVisible(visible);
        calendarPanel.setVisible(visible);
        teamPanel.setVisible(visible);
    }

    void save() {
        details.errors.clear();
        try {
            if (brin == null) {
                SchoolAdmin.Saved saved = schools.create(details.form());
                Notifications.success(getTranslation(saved.created() ? "admin.school.created" : "admin.school.existed",
                        saved.school().brin()));
                getUI().ifPresent(ui -> ui.navigate(SchoolView.class, saved.school().brin()));
            } else {
                show(schools.update(brin, details.form()));
                Notifications.success(getTranslation("admin.school.saved", brin));
            }
        } catch (UserFacingException e) {
            details.errors.show(e);
        }
    }
}
