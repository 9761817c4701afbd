package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.dossier.DossierService.OpenCase;

/** The OC's overview of the school's open cases, searchable by name or leerlingnummer and filtered by stage. */
@Route("dossiers")
@PageTitle("Open dossiers – Aanwezig")
@Menu(title = "nav.cases", order = 3)
@RolesAllowed("OC")
public class OpenCasesView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<OpenCase> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final TextField search = new TextField(getTranslation("fix.cases.search"));
    final ComboBox<CaseStage> stage = new ComboBox<>(getTranslation("cases.col.stage"));
    private final transient DossierService dossiers;
    private GridListDataView<OpenCase> view;

    public OpenCasesView(DossierService dossiers) {
        this.dossiers = dossiers;
        setSizeFull();
        search.setPlaceholder(getTranslation("fix.cases.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        stage.setItems(Arrays.stream(CaseStage.values()).filter(s -> s != CaseStage.CLOSED).toList());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s));
        stage.setPlaceholder(getTranslation("fix.cases.stage.all"));
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(search, stage);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("cases.title")), filters, empty);
        grid.addColumn(OpenCase::pupilName).setHeader(getTranslation("cases.col.pupil")).setFlexGrow(2);
        grid.addColumn(OpenCase::leerling).setHeader(getTranslation("pupil.number")).setAutoWidth(true);
        grid.addColumn(OpenCase::mentor).setHeader(getTranslation("cases.col.mentor"));
        grid.addColumn(c -> getTranslation("stage." + c.stage())).setHeader(getTranslation("cases.col.stage"));
        grid.addColumn(c -> PupilView.WHEN.format(c.openedAt().atZone(TimeConfig.SCHOOL_ZONE)))
                .setHeader(getTranslation("cases.col.opened"));
        grid.addColumn(OpenCase::openTasks).setHeader(getTranslation("cases.col.tasks"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, e.getItem().pupilId())));
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var cases = dossiers.openCasesOfMySchool();
        view = grid.setItems(cases);
        applyFilter();
        if (cases.isEmpty()) {
            empty.setText(getTranslation("cases.empty"));
        }
    }

    private void applyFilter() {
        if (view == null) {
            return;
        }
        String term = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Messages.DUTCH);
        CaseStage wanted = stage.getValue();
        view.setFilter(c -> (wanted == null || c.stage() == wanted) && (term.isEmpty()
                || c.pupilName().toLowerCase(Messages.DUTCH).contains(term)
                || (c.leerling() != null && c.leerling().toLowerCase(Messages.DUTCH).contains(term))));
        empty.setText(view.getItemCount() == 0 ? getTranslation("fix.cases.noMatch") : "");
    }
}
