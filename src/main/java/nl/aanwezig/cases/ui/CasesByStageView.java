package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tier3.Tier3Overview;
import nl.aanwezig.cases.tier3.Tier3Overview.Due;
import nl.aanwezig.cases.tier3.Tier3Overview.StageRow;

/** The OC's open cases of the school by stage, the next evaluation first, late and soon marked. */
@Route(value = "casussen", layout = MainLayout.class)
@PageTitle("Casussen per fase – Aanwezig")
@Menu(title = "tier3ui.nav.casesByStage", order = 3.1)
@RolesAllowed("OC")
public class CasesByStageView extends VerticalLayout implements BeforeEnterObserver {

    final Tabs stages = new Tabs();
    final Grid<StageRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Map<Tab, CaseStage> tabStage = new LinkedHashMap<>();
    private final transient Tier3Overview overview;
    private List<StageRow> all = List.of();

    public CasesByStageView(Tier3Overview overview) {
        this.overview = overview;
        setSizeFull();
        grid.addColumn(StageRow::pupilName).setHeader(getTranslation("cases.col.pupil")).setFlexGrow(2);
        grid.addColumn(StageRow::className).setHeader(getTranslation("pupil.class")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("stage." + r.stage())).setHeader(getTranslation("cases.col.stage"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.regievoerder() == null ? "–" : r.regievoerder())
                .setHeader(getTranslation("tier3ui.regievoerder")).setFlexGrow(1);
        grid.addColumn(r -> Tier3Format.date(r.planStartedOn())).setHeader(getTranslation("tier3ui.cases.planStart"))
                .setAutoWidth(true);
        grid.addComponentColumn(CasesByStageView::next).setHeader(getTranslation("tier3ui.cases.nextEvaluation"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, e.getItem().pupilId())));
        grid.setAllRowsVisible(true);
        stages.addSelectedChangeListener(e -> filter());
        add(new H2(getTranslation("tier3ui.cases.title")), stages, empty, grid);
    }

    private static Span next(StageRow r) {
        Span s = new Span(Tier3Format.date(r.nextEvaluation()));
        if (r.due() == Due.OVERDUE || r.due() == Due.SOON) {
            Span badge = new Span(s.getTranslation("tier3ui.due." + r.due()));
            badge.getElement().getThemeList().add(r.due() == Due.OVERDUE ? "badge error" : "badge contrast");
            badge.getStyle().set("margin-left", "0.5em");
            s.add(badge);
        }
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        all = overview.casesOfMySchool();
        stages.removeAll();
        tabStage.clear();
        Tab every = new Tab(getTranslation("tier3ui.cases.all") + " (" + all.size() + ")");
        tabStage.put(every, null);
        stages.add(every);
        // the tier-3 stages always, the earlier ones only when a case is in them
        Arrays.stream(CaseStage.values()).filter(s -> s != CaseStage.CLOSED).forEach(s -> {
            long n = all.stream().filter(r -> r.stage() == s).count();
            if (n == 0 && s.ordinal() < CaseStage.SAT_ANALYSIS.ordinal()) {
                return;
            }
            Tab tab = new Tab(getTranslation("stage." + s) + " (" + n + ")");
            tabStage.put(tab, s);
            stages.add(tab);
        });
        stages.setSelectedTab(every);
        filter();
    }

    /** Shows the cases of one stage, or all. */
    void show(CaseStage stage) {
        tabStage.entrySet().stream().filter(e -> e.getValue() == stage).findFirst()
                .ifPresent(e -> stages.setSelectedTab(e.getKey()));
        filter();
    }

    private void filter() {
        CaseStage stage = tabStage.get(stages.getSelectedTab());
        List<StageRow> rows = all.stream().filter(r -> stage == null || r.stage() == stage).toList();
        grid.setItems(rows);
        empty.setText(rows.isEmpty() ? getTranslation("tier3ui.cases.empty") : "");
    }
}
