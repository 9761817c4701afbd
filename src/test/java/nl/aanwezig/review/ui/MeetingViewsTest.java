package nl.aanwezig.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.cases.ui.TasksView;
import nl.aanwezig.review.MeetingFixtures;
import nl.aanwezig.review.MeetingForm;
import nl.aanwezig.review.MeetingService;
import nl.aanwezig.review.MinutesForm;
import nl.aanwezig.review.MinutesService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The OC plans a casusoverleg, takes a suggested case onto it and records a decision; the owner completes it. */
@IntegrationTest
class MeetingViewsTest extends SpringBrowserlessTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired CaseEvents events;
    @Autowired CaseTasks tasks;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;

    LocalDate day = LocalDate.now(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE);

    @Test
    @WithMockUser(username = "t-oc-co", roles = "OC")
    void the_oc_plans_a_meeting_accepts_a_suggestion_and_records_a_decision() {
        long caseId = overdueCase("co-ui-plan");
        MeetingsView list = navigate(MeetingsView.class);
        test(list.plan).click();
        assertThat(list.date.isInvalid()).isTrue();
        assertThat(list.date.getErrorMessage()).isEqualTo("Kies de datum van het overleg.");

        test(list.date).setValue(day);
        test(list.time).setValue(LocalTime.of(13, 30));
        test(list.staff).selectItem("Mira Mentor (casusoverleg)");
        test(list.externals).setValue("Anna de Vries, jeugd- en gezinscoach");
        test(list.plan).click();
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        MeetingView meeting = (MeetingView) getCurrentView();
        assertThat(meeting.attendees.getText()).contains("Mira Mentor (casusoverleg)", "Anna de Vries");
        assertThat(meeting.pdf.getText()).isEqualTo("Notulen als PDF");

        int row = IntStream.range(0, test(meeting.suggestions).size())
                .filter(i -> test(meeting.suggestions).getRow(i).caseId() == caseId).findFirst().orElseThrow();
        assertThat(test(meeting.suggestions).getCellText(row, 2)).startsWith("Evaluatie te laat");
        HorizontalLayout actions = (HorizontalLayout) test(meeting.suggestions).getCellComponent(row, 4);
        test((Button) actions.getComponentAt(0)).click();

        AgendaItemEditor editor = editorOf(meeting, caseId);
        test(editor.save).click();
        assertThat(editor.discussion.isInvalid()).isTrue();
        test(editor.discussion).setValue("Evaluatie is niet gehouden; ouders willen eerst een gesprek.");
        DecisionRow decision = editor.rows.getFirst();
        test(decision.description).setValue("Evaluatie plannen met ouders");
        test(decision.owner).selectItem("Mira Mentor (casusoverleg)");
        test(decision.dueOn).setValue(day.plusDays(7));
        test(editor.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Notulen opgeslagen");
        var saved = editorOf(meeting, caseId).item;
        assertThat(saved.discussion()).startsWith("Evaluatie is niet gehouden");
        assertThat(saved.savedBy()).as("the name people know, not the login").isEqualTo("Olga OC (casusoverleg)");
        assertThat(saved.decisions()).singleElement().satisfies(d -> {
            assertThat(d.owner()).isEqualTo("t-mentor-co");
            assertThat(d.dueOn()).isEqualTo(day.plusDays(7));
        });
        assertThat(events.findByCaseIdOrderByIdAsc(caseId)).extracting(e -> e.type())
                .contains(CaseEventType.MEETING_MINUTES, CaseEventType.MEETING_DECISION);
    }

    @Test
    @WithMockUser(username = "t-mentor-co", roles = "MENTOR")
    void the_owner_opens_the_decision_from_the_inbox_and_records_what_was_done() {
        long caseId = overdueCase("co-ui-owner");
        AsUser.run("t-oc-co", "OC", () -> {
            long id = meetings.plan(new MeetingForm(day, LocalTime.of(10, 0), Set.of("t-oc-co"), null));
            meetings.putOnAgenda(id, caseId, List.of());
            long itemId = meetings.meeting(id).items().getFirst().id();
            minutes.save(itemId, 0, new MinutesForm("Besproken.",
                    List.of(new MinutesForm.DecisionForm("Leerling en ouders bellen", "t-mentor-co", day))));
        });
        CaseTask task = Eventually.get(() -> tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN).stream()
                .filter(t -> "meeting-decision".equals(t.form())).findFirst(), Routes.WAIT, "decision task");

        navigate(TasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskItem> inbox = $(Grid.class).single();
        int row = IntStream.range(0, test(inbox).size())
                .filter(i -> test(inbox).getRow(i).taskId() == task.id()).findFirst().orElseThrow();
        test(inbox).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(DecisionTaskView.class);
        DecisionTaskView form = (DecisionTaskView) getCurrentView();
        assertThat(form.decision.getText()).isEqualTo("Besluit: Leerling en ouders bellen");

        test(form.save).click();
        assertThat(form.done.isInvalid()).isTrue();
        test(form.done).setValue("Gebeld; afspraak op school volgende week.");
        test(form.save).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Besluit afgerond");
        assertThat(tasks.findById(task.id()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    @WithMockUser(username = "t-mentor-co", roles = "MENTOR")
    void a_mentor_cannot_open_the_casusoverleg() {
        Throwable refused = catchThrowable(() -> navigate(MeetingsView.class));
        assertThat(refused != null || !(getCurrentView() instanceof MeetingsView)).isTrue();
    }

    /** An orange case of the pupil whose evaluation is overdue: suggested whatever the previous meeting was. */
    private long overdueCase(String leerling) {
        Pupil pupil = data.pupil(schools.findByBrin("T10VO").orElseThrow(), leerling, "3B", "t-mentor-co");
        long caseId = fixtures.openCase(pupil, CaseStage.ORANGE_PLAN, null);
        fixtures.plan(caseId, pupil.schoolId(), Instant.parse("2024-10-01T08:00:00Z"), LocalDate.now().minusDays(1));
        return caseId;
    }

    private static AgendaItemEditor editorOf(MeetingView view, long caseId) {
        return view.editors.values().stream().filter(e -> e.item.caseId() == caseId).findFirst().orElseThrow();
    }
}
