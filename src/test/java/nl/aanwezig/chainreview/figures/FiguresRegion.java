package nl.aanwezig.chainreview.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A region of its own for the figures' tests, built once: a VO school (FGVO1) and a PO school (FGPO1), an SWV chair
 * (fg-swv) and seven pupils born in 2086, reviewed in "2099-Q1" (prepared 10 February 2099) and "2099-Q2" (10 May
 * 2099). What happens to each between the two reviews is listed in {@link #seed()}; the tests compute what the figures
 * must be from the facts written here, not from the database.
 */
@Component
public class FiguresRegion {

    public static final String CHAIR = "fg-swv";
    public static final LocalDate Q1_ON = LocalDate.of(2099, 2, 10);
    public static final LocalDate Q2_ON = LocalDate.of(2099, 5, 10);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The seeded region: its id, its schools, the two reviews and the pupils by name (p1..p7). */
    public record Seeded(long regionId, long vo, long po, long q1, long q2, Map<String, Long> pupils,
                         Map<String, Long> cases) {
    }

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final Regions regions;
    private final Preparation preparation;
    // a Clock, not the TestClock: contexts without the test clock (the restart tests' own) scan this class too
    private final Clock clock;
    private Seeded seeded;

    FiguresRegion(JdbcTemplate jdbc, TestData data, Regions regions, Preparation preparation, Clock clock) {
        this.jdbc = jdbc;
        this.data = data;
        this.regions = regions;
        this.preparation = preparation;
        this.clock = clock;
    }

    /**
     * p1 (VO, 2B) orange, plan after 35 days, red after Q1, one regievoerder handover; p2 (VO, 3A) orange since
     * 1 December 2098 without a plan, handed over twice; p3 (PO) red, closed after Q1; p4 (PO) orange only after Q1,
     * plan after 31 days; p5 (VO) LRV since 20 December 2098 (2a in Q1, 2b in Q2); p6 (PO) LRV since 1 October 2098
     * (2b), attends fully the two weeks before Q2 (back: solved in Q2); p7 (VO, 2B) orange, plan after 10 days.
     */
    public synchronized Seeded seed() {
        if (seeded != null) {
            return seeded;
        }
        long region = regions.region("Cijferregio keten FG").id();
        School vo = data.school("FGVO1", Sector.VO);
        School po = data.school("FGPO1", Sector.PO);
        regions.assignSchool(vo.id(), region);
        regions.assignSchool(po.id(), region);
        data.classes(vo, "2B", "3A");
        data.classes(po, "groep 6");
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, region_id)
                values (?, 'Femke SWV (cijfers)', '{noop}test', 'SWV', ?) on conflict do nothing""", CHAIR, region);
        Map<String, Long> pupils = new LinkedHashMap<>();
        Map<String, Long> cases = new LinkedHashMap<>();
        pupils.put("p1", pupil(vo, "fg-p1", "2B"));
        pupils.put("p2", pupil(vo, "fg-p2", "3A"));
        pupils.put("p3", pupil(po, "fg-p3", "groep 6"));
        pupils.put("p4", pupil(po, "fg-p4", "groep 6"));
        pupils.put("p5", pupil(vo, "fg-p5", "2B"));
        pupils.put("p6", pupil(po, "fg-p6", "groep 6"));
        pupils.put("p7", pupil(vo, "fg-p7", "2B"));
        cases.put("p1", kase(pupils.get("p1"), vo.id(), "ORANGE_PLAN", LocalDate.of(2098, 11, 20), null));
        plan(cases.get("p1"), vo.id(), LocalDate.of(2098, 12, 25));
        cases.put("p2", kase(pupils.get("p2"), vo.id(), "ORANGE_PLAN", LocalDate.of(2098, 11, 1),
                LocalDate.of(2098, 12, 1)));
        cases.put("p3", kase(pupils.get("p3"), po.id(), "RED_ARRANGEMENT", LocalDate.of(2098, 10, 1), null));
        plan(cases.get("p3"), po.id(), LocalDate.of(2098, 10, 21));
        cases.put("p7", kase(pupils.get("p7"), vo.id(), "ORANGE_PLAN", LocalDate.of(2099, 1, 1), null));
        plan(cases.get("p7"), vo.id(), LocalDate.of(2099, 1, 11));
        event(cases.get("p1"), "REGIEVOERDER_HANDED_OVER", LocalDate.of(2099, 1, 5));
        event(cases.get("p2"), "REGIEVOERDER_HANDED_OVER", LocalDate.of(2098, 12, 10));
        event(cases.get("p2"), "REGIEVOERDER_HANDED_OVER", LocalDate.of(2099, 1, 20));
        sat(cases.get("p1"), vo.id(), "{\"FAMILY\": {\"known\": \"verhuisd\", \"unknown\": \"\"}, "
                + "\"CHILD\": {\"known\": \"angst\", \"unknown\": \"\"}, "
                + "\"ENVIRONMENT\": {\"known\": \"\", \"unknown\": \"vrienden?\"}}");
        sat(cases.get("p2"), vo.id(), "{\"FAMILY\": {\"known\": \"ziekte ouder\", \"unknown\": \"\"}, "
                + "\"ENVIRONMENT\": {\"known\": \" \", \"unknown\": \"buurt?\"}}");
        lrv(pupils.get("p5"), vo.id(), LocalDate.of(2098, 12, 20));
        lrv(pupils.get("p6"), po.id(), LocalDate.of(2098, 10, 1));
        try {
            ((TestClock) clock).set(Q1_ON.atTime(9, 0));
            long q1 = preparation.prepare(region, "2099-Q1", CHAIR);
            jdbc.update("update pupil_case set stage = 'RED_ARRANGEMENT' where id = ?", cases.get("p1"));
            event(cases.get("p1"), "STAGE_CHANGED", LocalDate.of(2099, 3, 1));
            jdbc.update("update pupil_case set status = 'CLOSED', stage = 'CLOSED', closed_at = ? where id = ?",
                    at(LocalDate.of(2099, 3, 15)), cases.get("p3"));
            cases.put("p4", kase(pupils.get("p4"), po.id(), "ORANGE_PLAN", LocalDate.of(2099, 3, 1), null));
            plan(cases.get("p4"), po.id(), LocalDate.of(2099, 4, 1));
            for (LocalDate d = Q2_ON.minusDays(13); !d.isAfter(Q2_ON); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    day(pupils.get("p6"), po.id(), d, 0);
                }
            }
            day(pupils.get("p1"), vo.id(), LocalDate.of(2099, 4, 14), 200);
            day(pupils.get("p1"), vo.id(), LocalDate.of(2099, 4, 15), 50);
            day(pupils.get("p2"), vo.id(), LocalDate.of(2099, 4, 21), 100);
            // the year rollup the pyramids read, as the import keeps it: p1 and p2 at the VO school, p6 at the PO
            jdbc.update("""
                    insert into attendance_year (pupil_id, start_year, school_id, scheduled_min, present_min)
                    select pupil_id, 2098, school_id, sum(scheduled_min), sum(present_min) from attendance_day
                    where pupil_id = any(?) group by pupil_id, school_id""",
                    (Object) pupils.values().toArray(Long[]::new));
            ((TestClock) clock).set(Q2_ON.atTime(9, 0));
            long q2 = preparation.prepare(region, "2099-Q2", CHAIR);
            seeded = new Seeded(region, vo.id(), po.id(), q1, q2, pupils, cases);
        } finally {
            ((TestClock) clock).reset();
        }
        return seeded;
    }

    private long pupil(School school, String leerling, String className) {
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector, class_id)
                select ?, ?, 'Fleur', 'Figuur', '2086-03-01', ?, c.id from school_class c
                where c.school_id = ? and c.name = ? on conflict do nothing""", school.id(), leerling,
                school.sector().name(), school.id(), className);
        return jdbc.queryForObject("select id from pupil where school_id = ? and leerling = ?", Long.class, school.id(),
                leerling);
    }

    private long kase(long pupil, long school, String stage, LocalDate opened, LocalDate stageChanged) {
        long id = jdbc.queryForObject("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at) values (?, ?, 'OPEN', ?, ?)
                returning id""", Long.class, pupil, school, stage, at(opened));
        if (stageChanged != null) {
            event(id, "STAGE_CHANGED", stageChanged);
        }
        return id;
    }

    private void plan(long caseId, long school, LocalDate started) {
        jdbc.update("""
                insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,
                                          created_by, created_at, updated_by, updated_at)
                values (?, ?, 'ACTIVE', ?, 6, ?, 'systeem', ?, 'systeem', ?)""", caseId, school, Date.valueOf(started),
                Date.valueOf(started.plusWeeks(6)), at(started), at(started));
    }

    private void event(long caseId, String type, LocalDate on) {
        jdbc.update("insert into case_event (case_id, occurred_at, type, actor, summary) values (?, ?, ?, 'systeem', ?)",
                caseId, at(on), type, type);
    }

    /** The SAT's analysis of a case with these factors (JSON as the form stores it). */
    private void sat(long caseId, long school, String factors) {
        long task = jdbc.queryForObject("""
                insert into task (case_id, school_id, element_id, form, title_key, created_at, state)
                values (?, ?, 'sat', 'sat-analysis', 'task.sat', ?, 'COMPLETED') returning id""", Long.class, caseId,
                school, at(LocalDate.of(2098, 11, 25)));
        jdbc.update("""
                insert into sat_analysis (case_id, task_id, factors, hypotheses, advice, advised, decision, created_by,
                                          created_at)
                values (?, ?, ?, 'h', 'a', 'ORANGE', 'ORANGE', 'systeem', ?)""", caseId, task, factors,
                at(LocalDate.of(2098, 11, 25)));
    }

    private void lrv(long pupil, long school, LocalDate since) {
        jdbc.update("""
                insert into signal (school_id, pupil_id, type, start_date, end_date, created_at)
                values (?, ?, 'LRV', ?, ?, ?)""", school, pupil, Date.valueOf(since), Date.valueOf(since.plusWeeks(4)),
                at(since.plusWeeks(4)));
    }

    /** A VO/PO day of 300 scheduled minutes, {@code unauthorised} of them absent without a valid reason. */
    private void day(long pupil, long school, LocalDate on, int unauthorised) {
        jdbc.update("""
                insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                    authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
                values (?, ?, ?, 300, ?, 0, ?, 0, 0, false)""", pupil, Date.valueOf(on), school, 300 - unauthorised,
                unauthorised);
    }

    static Timestamp at(LocalDate day) {
        return Timestamp.from(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(ZONE).toInstant());
    }
}
