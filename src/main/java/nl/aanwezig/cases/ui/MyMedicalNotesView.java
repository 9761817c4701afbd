package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.MedicalNotes.OwnNote;

/**
 * "Mijn medische aantekeningen": the jeugdarts's own medical notes, also of cases she no longer takes part in (consent
 * withdrawn, case closed): her own record-keeping duty (WGBO). Only the notes, nothing else of the case.
 */
@Route("mijn-medische-aantekeningen")
@PageTitle("Mijn medische aantekeningen – Aanwezig")
@Menu(title = "p3.medical.nav", order = 3.2)
@RolesAllowed("JEUGDARTS")
public class MyMedicalNotesView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    final Grid<OwnNote> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient MedicalNotes notes;

    public MyMedicalNotesView(MedicalNotes notes) {
        this.notes = notes;
        setSizeFull();
        grid.addColumn(n -> n.pupilName() + " (" + n.leerling() + ")").setHeader(getTranslation("p3.medical.col.pupil"))
                .setFlexGrow(2);
        grid.addColumn(n -> WHEN.format(n.writtenAt().atZone(TimeConfig.SCHOOL_ZONE)))
                .setHeader(getTranslation("p3.medical.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OwnNote::text).setHeader(getTranslation("p3.medical.col.text")).setFlexGrow(5);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("p3.medical.title")), new Paragraph(getTranslation("p3.medical.intro")), empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<OwnNote> rows = notes.mine();
        empty.setText(rows.isEmpty() ? getTranslation("p3.medical.empty") : "");
        grid.setItems(rows);
    }
}
