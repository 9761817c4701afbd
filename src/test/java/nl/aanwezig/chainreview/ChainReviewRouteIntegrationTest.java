package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.ChainReviewActionProcess;
import nl.aanwezig.workflow.ChainReviewProcess;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The region's route on the engine: the quarterly timer prepares each quarter once, the chair's task comes and goes
 * with the review, and what the review asks of someone reaches their inbox through the model and leaves it when done.
 */
@IntegrationTest
class ChainReviewRouteIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired ReviewCalendar calendar;
    @Autowired Tier3Steps steps;
    @Autowired DurableEngine engine;
    @Autowired Regions regions;
    @Autowired TestData data;
    @Autowired ChainReviewSeed seed;
    @Autowired ChainReviewMeeting meeting;
    @Autowired ReviewActions actions;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_quarterly_timer_prepares_each_quarter_once_and_the_chair_gets_the_task_to_hold_it() {
        long region = region("Keten timer", "kt-swv", null);
        steps.sync();
        LocalDate today = steps.today();
        LocalDate first = ReviewDates.nextAfter(ReviewSettings.DEFAULT_DAYS, today);
        LocalDate second = ReviewDates.nextAfter(ReviewSettings.DEFAULT_DAYS, first);
        long timers = timersWaiting();
        assertThat(calendar.start(region, null)).isTrue();
        assertThat(calendar.start(region, null)).as("one route per region").isFalse();

        awaitTimers(timers + 1);
        advanceTo(first);
        long review = awaitReview(region, ReviewDates.quarter(first));
        TaskItem hold = Eventually.get(() -> inbox("kt-swv", "SWV").stream()
                .filter(t -> ChainReviewProcess.HOLD_REVIEW.equals(t.elementId())).findFirst(), WAIT, "chair's task");
        assertThat(hold.form()).isEqualTo(ChainReviewProcess.FORM_CHAIN_REVIEW);
        assertThat(hold.dueAt()).isNotNull();

        awaitTimers(timers + 2);
        advanceTo(second);
        awaitReview(region, ReviewDates.quarter(second));
        assertThat(jdbc.queryForList("select quarter from chain_review where region_id = ? order by quarter",
                String.class, region)).as("each quarter once")
                .containsExactly(ReviewDates.quarter(first), ReviewDates.quarter(second));
        assertThat(review).isPositive();
    }

    @Test
    void closing_the_review_ends_the_chairs_task_and_its_actions_and_recommendations_reach_their_owners() {
        School school = data.school("KR1VO", Sector.VO);
        long region = region("Keten route", "kr-swv", school);
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, school_id)
                values ('kr-oc', 'Rik OC', '{noop}test', 'OC', ?) on conflict do nothing""", school.id());
        Pupil pupil = data.pupil(school, "kr-orange", "1A", null);
        seed.openCase(pupil, "ORANGE_PLAN", LocalDate.of(2026, 9, 1));
        steps.sync();
        long timers = timersWaiting();
        calendar.start(region, steps.today());
        // the first review's timer is at 06:00 today: a run before that moves the engine to 07:00
        awaitTimers(timers + 1);
        advanceTo(steps.today());
        long review = awaitReview(region, ReviewDates.quarter(steps.today()));
        TaskItem hold = Eventually.get(() -> inbox("kr-swv", "SWV").stream()
                .filter(t -> ChainReviewProcess.HOLD_REVIEW.equals(t.elementId())).findFirst(), WAIT, "chair's task");
        // the family of each case on the list is asked for their view before the review's date, by the model's step
        long caseId = jdbc.queryForObject("select case_id from chain_review_item where review_id = ?", Long.class,
                review);
        Eventually.until(() -> jdbc.queryForList("""
                select due_on from family_request where case_id = ? and kind = 'VIEW' and occasion = 'CHAIN_REVIEW'
                  and source_key = ?""", java.sql.Date.class, caseId, "chain-review:" + review + ":" + caseId)
                .equals(List.of(java.sql.Date.valueOf(steps.today()))), WAIT, "the family asked for their view");

        long item = jdbc.queryForObject("select id from chain_review_item where review_id = ?", Long.class, review);
        AsUser.run("kr-swv", "SWV", () -> {
            actions.addAction(item, "Gesprek met ouders over een zorgaanbod", "kr-oc", steps.today().plusWeeks(2));
            actions.addTheme(review, "Angst als factor bij bijna elke casus", "Training voor mentoren in niveau 1",
                    List.of(school.id()), steps.today().plusWeeks(6));
            meeting.answer(item, "Ja, het plan loopt.", "Ja, de regievoerder is aan zet.");
            meeting.saveMeeting(review, new ChainReviewMeeting.MeetingForm(steps.today(), "Tier-3-leerlingen bespreken",
                    "Taak uit het privacyconvenant", "Alleen wat nodig is",
                    List.of(new ChainReviewMeeting.Attendee("Rik", "School KR1VO"))));
            meeting.close(review);
        });
        Eventually.until(() -> inbox("kr-swv", "SWV").stream().noneMatch(t -> t.taskId() == hold.taskId()), WAIT,
                "the chair's task done with the review");

        List<TaskItem> oc = Eventually.get(() -> Optional.of(inbox("kr-oc", "OC").stream()
                .filter(t -> ChainReviewActionProcess.ID.equals(t.processId())).toList()).filter(l -> l.size() == 2),
                WAIT, "an action and a recommendation for the OC");
        assertThat(oc).extracting(TaskItem::elementId).containsExactlyInAnyOrder(
                ChainReviewActionProcess.CARRY_OUT_ACTION, ChainReviewActionProcess.TAKE_UP_RECOMMENDATION);
        TaskItem action = oc.stream().filter(t -> ChainReviewActionProcess.CARRY_OUT_ACTION.equals(t.elementId()))
                .findFirst().orElseThrow();
        AsUser.run("kr-oc", "OC", () -> actions.complete(action.taskId(), "Ouders gesproken; aanmelding bij zorg."));
        Eventually.until(() -> inbox("kr-oc", "OC").stream().noneMatch(t -> t.taskId() == action.taskId()), WAIT,
                "the action leaves the inbox");
        assertThat(jdbc.queryForObject("select outcome from chain_review_action where review_id = ? and kind = 'ACTION'",
                String.class, review)).isEqualTo("Ouders gesproken; aanmelding bij zorg.");
    }

    private long region(String name, String swv, School school) {
        long region = regions.region(name).id();
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, region_id)
                values (?, ?, '{noop}test', 'SWV', ?) on conflict do nothing""", swv, swv, region);
        if (school != null) {
            regions.assignSchool(school.id(), region);
        }
        return region;
    }

    private void advanceTo(LocalDate day) {
        ZonedDateTime target = day.atTime(LocalTime.of(7, 0)).atZone(TimeConfig.SCHOOL_ZONE);
        Duration gap = Duration.between(engine.now(), target.toInstant());
        steps.advance(gap.isNegative() ? Duration.ZERO : gap);
    }

    /** The quarterly timers the engine created so far (of every region's route). */
    private long timersWaiting() {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).timerRecords().spliterator(), false)
                .filter(r -> r.getIntent() == TimerIntent.CREATED
                        && ChainReviewProcess.REVIEW_DATE.equals(r.getValue().getTargetElementId())).count();
    }

    /** Waits for the route to sit at its timer: the clock is moved only then, so the timer is due by the engine's clock. */
    private void awaitTimers(long count) {
        Eventually.until(() -> timersWaiting() >= count, WAIT, count + " quarterly timers created");
    }

    private long awaitReview(long region, String quarter) {
        return Eventually.get(() -> jdbc.query("select id from chain_review where region_id = ? and quarter = ?",
                (rs, i) -> rs.getLong(1), region, quarter).stream().findFirst(), WAIT, "review " + quarter);
    }

    private List<TaskItem> inbox(String user, String role) {
        return AsUser.call(user, role, () -> tasks.inbox());
    }
}
