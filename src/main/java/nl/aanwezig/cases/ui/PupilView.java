package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.attendance.ui.FigureCharts;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.EChart;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.dossier.DossierService;
import org.springframework.security.access.AccessDeniedException;

/** A pupil's dossier: who, the open case, open tasks and the timeline, newest first. */
@Route("leerling")
@PageTitle("Dossier – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV", "COACH"})
public class PupilView extends VerticalLayout implements HasUrlParameter<Long> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Messages.DUTCH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy", Messages.DUTCH);

    final H2 name = new H2();
    final Div facts = new Div();
    final Grid<Dossier.TimelineEntry> timeline = new Grid<>();
    final EChart attendance = new EChart();

    final VerticalLayout content = new VerticalLayout();
    final VerticalLayout medical = new VerticalLayout();
    ConversationsPanel conversations;

    private final transient DossierService dossiers;
    private final transient MedicalNotes medicalNotes;
    private final transient AuthenticationContext auth;

    public PupilView(DossierService dossiers, MedicalNotes medicalNotes, AuthenticationContext auth) {
        this.dossiers = dossiers;
        this.medicalNotes = medicalNotes;
        this.auth = auth;
        content.setPadding(false);
        medical.setPadding(false);
        medical.addClassName("medical-notes");
        timeline.addColumn(e -> WHEN.format(e.at().atZone(TimeConfig.SCHOOL_ZONE))).setHeader(getTranslation("sharing.col.when"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(Dossier.TimelineEntry::summary).setHeader(getTranslation("pupil.timeline")).setFlexGrow(1);
        timeline.addColumn(Dossier.TimelineEntry::actor).setHeader(getTranslation("sharing.col.by")).setAutoWidth(true)
                .setFlexGrow(0);
        // long entries (a SAT advice, a contribution) wrap instead of ending in "…"
        timeline.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.setAllRowsVisible(true);
        attendance.setWidthFull();
        attendance.setMaxWidth("60rem");
        attendance.setHeight("240px");
        add(name, facts, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long pupilId) {
        try {
            show(dossiers.dossier(pupilId));
            if (auth.hasRole("JEUGDARTS")) {
                showMedical(medicalNotes.of(pupilId));
            }
        } catch (AccessDeniedException e) {
            name.setText(getTranslation("pupil.title"));
            facts.setText(getTranslation("common.noAccess"));
            facts.addClassName("refusal");
        } catch (UserFacingException e) {
            name.setText(getTranslation("pupil.title"));
            facts.setText(Messages.text(e.messages().get(0)));
        }
    }

    private void show(Dossier d) {
        name.setText(d.name());
        facts.removeAll();
        content.removeAll();
        facts.add(fact("pupil.number", d.leerling()), fact("pupil.class", d.className()),
                fact("pupil.mentor", d.mentor()), fact("pupil.birthDate", DAY.format(d.birthDate())));
        content.add(new H3(getTranslation("pupil.attendance")));
        if (!d.attendanceShown()) {
            content.add(new Paragraph(getTranslation("pupil.attendance.notForRole")));
        } else if (d.attendance().weeks().isEmpty()) {
            content.add(new Paragraph(getTranslation("pupil.attendance.none")));
        } else {
            attendance.setOption(FigureCharts.weekly(d.attendance().weeks(), d.attendance().cutoffs(),
                    getTranslation("pupil.attendance.week") + " "));
            content.add(attendance);
        }
        content.add(new H3(getTranslation("pupil.case")));
        content.add(new Paragraph(d.openCase() == null ? getTranslation("pupil.case.none")
                : getTranslation("pupil.case.open", WHEN.format(d.openCase().openedAt().atZone(TimeConfig.SCHOOL_ZONE)),
                getTranslation("stage." + d.openCase().stage()))));
        content.add(Tier3Panel.forPupil(d.pupilId()));
        content.add(PlannedBlock.forPupil(d.pupilId()));
        content.add(StartCaseBlock.forPupil(d.pupilId(), auth.hasRole("MENTOR") || auth.hasRole("OC")));
        content.add(FamilyVoiceBlock.forCase(d.openCase()));
        content.add(nl.aanwezig.cases.sharing.ui.ParticipantsPanel.forCase(d.openCase()));
        if (!d.openTasks().isEmpty()) {
            content.add(new H3(getTranslation("pupil.openTasks")));
            d.openTasks().forEach(t -> content.add(new Paragraph(getTranslation(t.titleKey()) + " – "
                    + (t.assigneeName() != null ? t.assigneeName() : getTranslation("group." + t.candidateGroup())))));
        }
        showConversations(d);
        content.add(new H3(getTranslation("pupil.timeline")));
        timeline.setItems(d.timeline());
        content.add(timeline);
    }

    /** The conversations in full; the mentor and the OC may add one while the case is open. */
    private void showConversations(Dossier d) {
        conversations = new ConversationsPanel(d, auth.hasRole("MENTOR") || auth.hasRole("OC"), this::getTranslation);
        content.add(conversations);
    }

    /** Only for the jeugdarts: the medical notes, apart from the shared timeline. */
    private void showMedical(List<MedicalNotes.Note> notes) {
        medical.removeAll();
        medical.add(new H3(getTranslation("medical.title")));
        if (notes.isEmpty()) {
            medical.add(new Paragraph(getTranslation("medical.none")));
        }
        notes.forEach(n -> medical.add(new Paragraph(WHEN.format(n.writtenAt().atZone(TimeConfig.SCHOOL_ZONE))
                + " – " + n.author() + ": " + n.text())));
        content.add(medical);
    }

    private Span fact(String key, String value) {
        Span s = new Span(getTranslation(key) + ": " + value);
        s.addClassName("fact");
        return s;
    }
}
