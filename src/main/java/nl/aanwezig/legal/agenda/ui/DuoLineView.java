package nl.aanwezig.legal.agenda.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.legal.agenda.DuoLineRow;
import nl.aanwezig.legal.agenda.DuoLineSchool;
import nl.aanwezig.legal.agenda.DuoLineService;

/** "Op weg naar de DUO-grens": per school leerplicht serves, the pupils its criterion lets them see, hours so far. */
@Route("duo-grens")
@PageTitle("Op weg naar de DUO-grens – Aanwezig")
@Menu(title = "duoline.nav", order = 4.45)
@RolesAllowed("LEERPLICHT")
public class DuoLineView extends VerticalLayout implements BeforeEnterObserver {

    /** Each school's list, by school id. */
    final Map<Long, Grid<DuoLineRow>> grids = new LinkedHashMap<>();
    final Map<Long, Paragraph> notes = new LinkedHashMap<>();

    private final transient DuoLineService service;

    public DuoLineView(DuoLineService service) {
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        grids.clear();
        notes.clear();
        add(new H2(getTranslation("duoline.title")), new Paragraph(getTranslation("duoline.intro")));
        var schools = service.schools();
        if (schools.isEmpty()) {
            add(new Paragraph(getTranslation("duoline.noSchools")));
        }
        for (DuoLineSchool s : schools) {
            add(new H3(getTranslation("duoline.school", s.name(), s.brin())));
            Paragraph note = new Paragraph(s.criterionHours() == null
                    ? getTranslation("duoline.noCriterion")
                    : getTranslation(s.pupils().isEmpty() ? "duoline.criterion.none" : "duoline.criterion",
                            s.criterionHours(), s.criterionWeeks()));
            notes.put(s.schoolId(), note);
            add(note);
            if (!s.pupils().isEmpty()) {
                Grid<DuoLineRow> grid = new Grid<>();
                grid.addColumn(r -> r.pupilName() + " (" + r.leerling() + ")").setHeader(getTranslation("duoline.col.pupil"));
                grid.addColumn(r -> r.className() == null ? "" : r.className()).setHeader(getTranslation("duoline.col.class"));
                grid.addColumn(r -> getTranslation("duoline.hours", r.hours())).setHeader(getTranslation("duoline.col.hours"));
                grid.addColumn(r -> getTranslation("duoline.period", Messages.date(r.from()), Messages.date(r.to())))
                        .setHeader(getTranslation("duoline.col.period"));
                grid.setItems(s.pupils());
                grid.setAllRowsVisible(true);
                grids.put(s.schoolId(), grid);
                add(grid);
            }
        }
    }
}
