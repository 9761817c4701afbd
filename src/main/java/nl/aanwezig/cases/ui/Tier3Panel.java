package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import java.util.Comparator;
import java.util.Set;
import nl.aanwezig.base.ui.EChart;
import nl.aanwezig.base.ui.PdfDownload;
import nl.aanwezig.cases.documents.PlanDocument;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.EvaluationView;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.Tier3Figures;
import nl.aanwezig.cases.tier3.Tier3People;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The tier-3 part of the pupil page: stage, regievoerder (handed over by the OC or the regievoerder), the plan with
 * its goals and interventions, the arrangement, the evaluations, the SAT analyses (school staff only), and the weekly line with the plan's start and each
 * evaluation marked. Hidden while the case has not reached tier 3.
 */
public class Tier3Panel extends VerticalLayout {

    private static final Set<CaseStage> TIER3 = Set.of(CaseStage.SAT_ANALYSIS, CaseStage.YELLOW_MONITORING,
            CaseStage.ORANGE_PLAN, CaseStage.RED_ARRANGEMENT);

    final Paragraph stage = new Paragraph();
    final Paragraph regievoerder = new Paragraph();
    final Button handOver = new Button(getTranslation("tier3ui.handOver.open"));
    final Button editPlan = new Button(getTranslation("tier3ui.plan.edit"));
    final VerticalLayout plan = block();
    final VerticalLayout arrangement = block();
    final VerticalLayout evaluations = block();
    final VerticalLayout analyses = block();
    final EChart line = new EChart();

    private final transient Tier3Figures figures;
    private final transient Tier3People people;
    private final transient RegievoerderService regie;
    private final transient CurrentUsers users;
    final Anchor planPdf;
    private long pupilId;
    private long caseId;

    public Tier3Panel(Tier3Figures figures, Tier3People people, RegievoerderService regie, CurrentUsers users,
                      PlanDocument document) {
        planPdf = PdfDownload.link(getTranslation("doc.plan.button"), "plan.pdf", out -> document.pdf(pupilId, out));
        this.figures = figures;
        this.people = people;
        this.regie = regie;
        this.users = users;
        setPadding(false);
        addClassName("tier3-panel");
        line.setWidthFull();
        line.setMaxWidth("60rem");
        line.setHeight("260px");
        handOver.addClickListener(e -> new RegievoerderHandOverDialog(caseId, PlanDrawView.staff(people, caseId), regie,
                () -> show(pupilId)).open());
        editPlan.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlanEditView.class, pupilId)));
        setVisible(false);
    }

    /** The panel of this pupil, with its services from the application; hidden when there is nothing to show. */
    public static Tier3Panel forPupil(long pupilId) {
        Tier3Panel panel = VaadinService.getCurrent().getInstantiator().getOrCreate(Tier3Panel.class);
        panel.show(pupilId);
        return panel;
    }

    private static VerticalLayout block() {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.setSpacing(false);
        return v;
    }

    void show(long pupilId) {
        this.pupilId = pupilId;
        removeAll();
        try {
            figures.ofPupil(pupilId).filter(f -> TIER3.contains(f.plan().stage()) || f.plan().plan() != null)
                    .ifPresentOrElse(this::render, () -> setVisible(false));
        } catch (AccessDeniedException e) {
            setVisible(false);
        }
    }

    private void render(Tier3Figures.PlanFigures f) {
        CasePlan c = f.plan();
        caseId = c.caseId();
        CurrentUser user = users.require();
        boolean leads = user.role() == Role.OC || user.username().equals(c.regievoerder());
        stage.setText(getTranslation("tier3ui.panel.stage", getTranslation("stage." + c.stage())));
        regievoerder.setText(getTranslation("tier3ui.panel.regievoerder",
                c.regievoerderName() == null ? getTranslation("tier3ui.panel.noRegievoerder") : c.regievoerderName()));
        handOver.setVisible(leads && c.regievoerder() != null);
        editPlan.setVisible(leads && c.plan() != null && c.plan().active());
        Tier3PanelParts.plan(plan, c.plan());
        Tier3PanelParts.evaluations(evaluations, c.evaluations().stream()
                .sorted(Comparator.comparing(EvaluationView::heldOn).reversed()).toList());
        Tier3PanelParts.analyses(analyses, c.analyses());
        arrangement.removeAll();
        if (c.arrangement() != null) {
            arrangement.add(new H4(getTranslation("tier3ui.panel.arrangement")),
                    new Paragraph(arrangementText(this, c.arrangement())));
        }
        planPdf.setVisible(c.plan() != null);
        add(new H3(getTranslation("tier3ui.panel.title")), stage, new HorizontalLayout(regievoerder, handOver), plan,
                new HorizontalLayout(editPlan, planPdf), arrangement, evaluations, analyses);
        if (!f.trend().weeks().isEmpty()) {
            line.setOption(Tier3Chart.weekly(f.trend(), f.planStart(), f.evaluations(), java.util.List.of(),
                    PlanEvaluationView.labels(this)));
            add(new H4(getTranslation("tier3ui.panel.line")), line);
        }
        setVisible(true);
    }

    static String arrangementText(Component c, CasePlan.Arrangement a) {
        return c.getTranslation("tier3ui.panel.arrangementText", a.careProvider(), a.educationWhere(),
                nl.aanwezig.base.DutchNumbers.number(a.educationHours()), Tier3Format.date(a.startsOn()),
                Tier3Format.date(a.endsOn()), c.getTranslation("tier3.funder." + a.fundedBy()), a.evaluationWeeks(),
                a.active() ? Tier3Format.date(a.nextEvaluation()) : c.getTranslation("tier3ui.panel.ended"));
    }
}
