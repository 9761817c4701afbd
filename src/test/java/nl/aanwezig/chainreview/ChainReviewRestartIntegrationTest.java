package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.StreamSupport;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.school.Regions;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.ChainReviewProcess;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The region's quarterly timer across a stop and start of the whole application on the same data directory: the
 * quarter prepared before the stop is not prepared again, and the next quarter's timer, set before the stop, fires
 * after it, once.
 */
class ChainReviewRestartIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void the_next_quarters_timer_survives_a_restart_and_each_quarter_is_prepared_once() throws Exception {
        Path dataDir = Files.createTempDirectory("aanwezig-restart-chain-review");
        long region;
        LocalDate next;
        String firstQuarter;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            Tier3Steps steps = first.getBean(Tier3Steps.class);
            region = first.getBean(Regions.class).region("Keten herstart").id();
            jdbc.update("""
                    insert into staff_account (username, display_name, password_hash, role, region_id)
                    values ('kh-swv', 'Herstart SWV', '{noop}test', 'SWV', ?)""", region);
            steps.sync();
            LocalDate today = steps.today();
            first.getBean(ReviewCalendar.class).start(region, today);
            // the first review is due at 06:00 today: a run before that moves the engine to 07:00, once the timer is set
            DurableEngine engine = first.getBean(DurableEngine.class);
            Eventually.until(() -> timers(engine) == 1, WAIT, "the first quarter's timer set");
            steps.advance(gapTo(engine, today));
            firstQuarter = ReviewDates.quarter(today);
            Eventually.until(() -> quarters(jdbc, region) == 1, WAIT, "the first quarter prepared");
            next = ReviewDates.nextAfter(ReviewSettings.DEFAULT_DAYS, today);
            // stop only once the route waits at the next quarter's timer (the engine keeps it across the stop)
            Eventually.until(() -> timers(engine) == 2, WAIT, "the next quarter's timer set");
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            DurableEngine engine = second.getBean(DurableEngine.class);
            Tier3Steps steps = second.getBean(Tier3Steps.class);
            // a fresh engine clock starts at real time again: move it to the next quarter's day
            steps.advance(gapTo(engine, next));
            Eventually.until(() -> quarters(jdbc, region) == 2, WAIT, "the next quarter prepared after the restart");
            assertThat(jdbc.queryForList("select quarter from chain_review where region_id = ? order by prepared_at",
                    String.class, region)).containsExactly(firstQuarter, ReviewDates.quarter(next));
            // the chair's task for the new review follows its preparation: wait for it, never for a time
            Eventually.until(() -> jdbc.queryForObject("""
                    select count(*) from task where chain_review_id in (select id from chain_review where region_id = ?)
                    and state = 'OPEN' and assignee = 'kh-swv'""", Integer.class, region) == 2, WAIT,
                    "the chair holds a task for each open review");
        }
    }

    private static long timers(DurableEngine engine) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).timerRecords().spliterator(), false)
                .filter(r -> r.getIntent() == TimerIntent.CREATED
                        && ChainReviewProcess.REVIEW_DATE.equals(r.getValue().getTargetElementId())).count();
    }

    private static int quarters(JdbcTemplate jdbc, long region) {
        return jdbc.queryForObject("select count(*) from chain_review where region_id = ?", Integer.class, region);
    }

    /** From the engine's now to 07:00 on that day (the timers fire at 06:00), zero when already past. */
    private static Duration gapTo(DurableEngine engine, LocalDate day) {
        Duration gap = Duration.between(engine.now(),
                day.atTime(LocalTime.of(7, 0)).atZone(TimeConfig.SCHOOL_ZONE).toInstant());
        return gap.isNegative() ? Duration.ZERO : gap;
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AanwezigApplication.class, TestClock.Config.class)
                .run("--spring.profiles.active=test", "--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0",
                        "--aanwezig.engine.port=0", "--aanwezig.demo-data=false", "--server.port=0",
                        "--logging.level.root=warn");
    }
}
