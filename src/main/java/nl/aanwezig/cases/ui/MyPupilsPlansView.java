package nl.aanwezig.cases.ui;

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
import java.util.stream.Collectors;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.tier3.Tier3MentorPlans;
import nl.aanwezig.cases.tier3.Tier3MentorPlans.AskedOfMe;
import nl.aanwezig.cases.tier3.Tier3MentorPlans.MyPlan;

/** The mentor's plans of their own pupils, and the interventions of any plan that are asked of them. */
@Route(value = "mijn-plannen", layout = MainLayout.class)
@PageTitle("Plannen van mijn leerlingen – Aanwezig")
@Menu(title = "tier3ui.nav.myPlans", order = 2.5)
@RolesAllowed("MENTOR")
public class MyPupilsPlansView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<MyPlan> plans = new Grid<>();
    final Grid<AskedOfMe> asked = new Grid<>();
    final Paragraph noPlans = new Paragraph();
    final Paragraph nothingAsked = new Paragraph();
    private final transient Tier3MentorPlans service;

    public MyPupilsPlansView(Tier3MentorPlans service) {
        this.service = service;
        plans.addColumn(MyPlan::pupilName).setHeader(getTranslation("cases.col.pupil")).setAutoWidth(true);
        plans.addColumn(p -> getTranslation("stage." + p.stage())).setHeader(getTranslation("cases.col.stage"))
                .setAutoWidth(true);
        plans.addColumn(p -> p.regievoerder() == null ? "–" : p.regievoerder())
                .setHeader(getTranslation("tier3ui.regievoerder")).setAutoWidth(true);
        plans.addColumn(p -> Tier3Format.date(p.nextEvaluation())).setHeader(getTranslation("tier3ui.cases.nextEvaluation"))
                .setAutoWidth(true);
        plans.addColumn(p -> p.goals().stream().map(g -> getTranslation("tier3.domain." + g.domain()) + ": "
                + g.description() + " (" + Tier3Format.pct(g.targetPct()) + ")").collect(Collectors.joining("; ")))
                .setHeader(getTranslation("tier3ui.plan.goals")).setFlexGrow(3);
        plans.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, e.getItem().pupilId())));
        plans.setAllRowsVisible(true);
        asked.addColumn(AskedOfMe::pupilName).setHeader(getTranslation("cases.col.pupil")).setAutoWidth(true);
        asked.addColumn(AskedOfMe::description).setHeader(getTranslation("tier3ui.plan.intervention.description"))
                .setFlexGrow(3);
        asked.addColumn(a -> Tier3Format.date(a.startsOn())).setHeader(getTranslation("tier3ui.plan.intervention.startsOn"))
                .setAutoWidth(true);
        asked.addColumn(a -> Tier3Format.date(a.endsOn())).setHeader(getTranslation("tier3ui.myPlans.until"))
                .setAutoWidth(true);
        // the owner opens the pupil's page, where the plan and its interventions are (need to know: owning one is enough)
        asked.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, e.getItem().pupilId())));
        asked.setAllRowsVisible(true);
        add(new H2(getTranslation("tier3ui.myPlans.title")), new H3(getTranslation("tier3ui.myPlans.asked")),
                nothingAsked, asked, new H3(getTranslation("tier3ui.myPlans.plans")), noPlans, plans);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var mine = service.plansOfMyPupils();
        var mineAsked = service.askedOfMe();
        plans.setItems(mine);
        asked.setItems(mineAsked);
        noPlans.setText(mine.isEmpty() ? getTranslation("tier3ui.myPlans.noPlans") : "");
        nothingAsked.setText(mineAsked.isEmpty() ? getTranslation("tier3ui.myPlans.nothingAsked") : "");
    }
}
