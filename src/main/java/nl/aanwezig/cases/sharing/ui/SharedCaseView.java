package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.ui.FigureCharts;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.EChart;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.sharing.ContributionService;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.SharedCase;
import nl.aanwezig.cases.sharing.SharedCaseService;
import nl.aanwezig.security.NeedToKnow.Part;
import org.springframework.security.access.AccessDeniedException;

/**
 * The shared case as the reader's role may see it (need to know), and where partners and school staff add to the
 * plan. A partner sees nothing from before they joined.
 */
@Route("gedeeld/casus")
@PageTitle("Gedeelde casus – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV", "COACH"})
public class SharedCaseView extends VerticalLayout implements HasUrlParameter<Long> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Messages.DUTCH);

    final H2 title = new H2();
    final Div facts = new Div();
    final Paragraph needToKnow = new Paragraph();
    final VerticalLayout content = new VerticalLayout();
    final Grid<Dossier.TimelineEntry> timeline = new Grid<>();
    final ContributionEditor editor;

    private final transient SharedCaseService shared;
    private long caseId;

    public SharedCaseView(SharedCaseService shared, ContributionService contributions) {
        this.shared = shared;
        this.editor = new ContributionEditor(contributions, this::reload);
        content.setPadding(false);
        needToKnow.addClassName("hint");
        timeline.addColumn(e -> at(e.at())).setHeader(getTranslation("sharing.col.when")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(Dossier.TimelineEntry::summary).setHeader(getTranslation("pupil.timeline")).setFlexGrow(1);
        timeline.addColumn(Dossier.TimelineEntry::actor).setHeader(getTranslation("sharing.col.by")).setAutoWidth(true).setFlexGrow(0);
        timeline.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.setAllRowsVisible(true);
        add(title, facts, needToKnow, editor, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.caseId = id;
        reload();
    }

    void reload() {
        try {
            show(shared.view(caseId));
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void refuse(String text) {
        title.setText(getTranslation("sharing.case.title"));
        facts.setText(text);
        facts.addClassName("refusal");
        needToKnow.setVisible(false);
        editor.setVisible(false);
        content.removeAll();
    }

    private void show(SharedCase c) {
        title.setText(c.pupilName() + " (" + c.leerling() + ") – " + c.schoolName());
        facts.removeAll();
        facts.add(fact("sharing.case.stage", getTranslation("stage." + c.stage())),
                fact("sharing.case.regievoerder", c.regievoerder() == null ? getTranslation("sharing.panel.noRegievoerder") : c.regievoerder()),
                fact("sharing.case.myRole", getTranslation("sharing.role." + c.viewerRole())));
        if (c.viewerRole() != ParticipantRole.SCHOOL_STAFF && c.since() != null) {
            facts.add(fact("sharing.case.since", at(c.since())));
        }
        needToKnow.setText(getTranslation("sharing.case.needToKnow", getTranslation("sharing.role." + c.viewerRole()),
                c.sees().stream().sorted().map(p -> getTranslation("sharing.part." + p)).collect(Collectors.joining(", "))));
        editor.setVisible(c.open());
        editor.show(c.caseId(), c.sees(Part.MEDICAL_NOTES));
        content.removeAll();
        new SharedCaseSections(content, this::getTranslation).add(c);
        if (c.sees(Part.TIMELINE)) {
            timeline.setItems(c.timeline());
            content.add(new H3(getTranslation("pupil.timeline")), timeline);
        }
    }

    static EChart chart(SharedCase c, String weekPrefix) {
        EChart chart = new EChart();
        chart.setWidthFull();
        chart.setMaxWidth("60rem");
        chart.setHeight("240px");
        chart.setOption(FigureCharts.weekly(c.attendance().weeks(), c.attendance().cutoffs(), weekPrefix));
        return chart;
    }

    static String at(Instant i) {
        return WHEN.format(i.atZone(TimeConfig.SCHOOL_ZONE));
    }

    private Component fact(String key, String value) {
        Span s = new Span(getTranslation(key) + ": " + value);
        s.addClassName("fact");
        return s;
    }
}
