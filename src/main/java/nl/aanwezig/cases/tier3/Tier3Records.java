package nl.aanwezig.cases.tier3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SAT analyses and the evaluations of a case: written once, read by the dossier, the plan and the API. */
@Component
class Tier3Records {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    Tier3Records(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveAnalysis(long caseId, long taskId, SatAnalysisForm f, String band, BigDecimal trend, String advised,
                      String by, Instant now) {
        Map<String, Map<String, String>> factors = new LinkedHashMap<>();
        f.factorsInOrder().forEach((g, v) -> factors.put(g.name(),
                Map.of("known", v.known() == null ? "" : v.known().strip(), "unknown", v.unknown() == null ? "" : v.unknown().strip())));
        jdbc.update("""
                insert into sat_analysis (case_id, task_id, factors, hypotheses, pupil_view, parents_view, advice, band,
                  trend, advised, decision, override_reason, review_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                caseId, taskId, json(factors), f.hypotheses().strip(), Texts.strip(f.pupilView()),
                Texts.strip(f.parentsView()), f.advice().strip(), band, trend, advised, f.decision().name(),
                f.decision().name().equals(advised) ? null : Texts.strip(f.overrideReason()),
                f.reviewOn() == null ? null : Date.valueOf(f.reviewOn()), by, Timestamp.from(now));
    }

    List<SatAnalysisView> analyses(long caseId) {
        return jdbc.query("""
                select created_at, created_by, factors, hypotheses, pupil_view, parents_view, advice, band, trend, advised,
                       decision, override_reason, review_on from sat_analysis where case_id = ? order by id desc""",
                (rs, i) -> new SatAnalysisView(rs.getTimestamp(1).toInstant(), rs.getString(2), factors(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getDate(13) == null ? null : rs.getDate(13).toLocalDate()), caseId);
    }

    long saveEvaluation(long caseId, Long planId, Long arrangementId, long taskId, LocalDate scheduled, LocalDate held,
                        String decision, String note, BigDecimal sinceStart, BigDecimal sinceLast, LocalDate next,
                        String by, Instant now) {
        Long id = jdbc.queryForObject("""
                insert into evaluation (case_id, plan_id, arrangement_id, task_id, scheduled_on, held_on, decision, note,
                  pct_since_start, pct_since_last, next_evaluation, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                caseId, planId, arrangementId, taskId, scheduled == null ? null : Date.valueOf(scheduled),
                Date.valueOf(held), decision, note.strip(), sinceStart, sinceLast,
                next == null ? null : Date.valueOf(next), by, Timestamp.from(now));
        return id;
    }

    void saveGoalNote(long evaluationId, long goalId, String progress, String note) {
        jdbc.update("insert into evaluation_goal (evaluation_id, goal_id, progress, note) values (?, ?, ?, ?)",
                evaluationId, goalId, progress, note.strip());
    }

    /** The goals of the plan that an evaluation wrote about: they stay in the plan. */
    java.util.Set<Long> evaluatedGoals(long planId) {
        return new java.util.HashSet<>(jdbc.queryForList("""
                select distinct g.goal_id from evaluation_goal g join evaluation e on e.id = g.evaluation_id
                where e.plan_id = ?""", Long.class, planId));
    }

    LocalDate lastHeld(long caseId) {
        return jdbc.query("select max(held_on) from evaluation where case_id = ?",
                rs -> rs.next() && rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : null, caseId);
    }

    List<EvaluationView> evaluations(long caseId) {
        List<EvaluationView> list = jdbc.query("""
                select id, held_on, scheduled_on, decision, note, pct_since_start, pct_since_last, next_evaluation,
                       created_by, plan_id is not null and arrangement_id is null
                from evaluation where case_id = ? order by held_on desc, id desc""",
                (rs, i) -> new EvaluationView(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9), rs.getBoolean(10),
                        new java.util.ArrayList<>()), caseId);
        Map<Long, EvaluationView> byId = new LinkedHashMap<>();
        list.forEach(e -> byId.put(e.id(), e));
        jdbc.query("""
                select g.evaluation_id, g.goal_id, pg.description, g.progress, g.note from evaluation_goal g
                join evaluation e on e.id = g.evaluation_id join plan_goal pg on pg.id = g.goal_id
                where e.case_id = ? order by pg.position""", rs -> {
            EvaluationView e = byId.get(rs.getLong(1));
            e.goals().add(new EvaluationView.GoalNoteView(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }, caseId);
        return list;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The context a route handed to a task (see {@link CaseTask#context()}). */
    static Map<String, Object> context(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<FactorGroup, SatAnalysisForm.Factor> factors(String json) {
        Map<FactorGroup, SatAnalysisForm.Factor> out = new LinkedHashMap<>();
        context(json).forEach((k, v) -> {
            @SuppressWarnings("unchecked") Map<String, String> m = (Map<String, String>) v;
            out.put(FactorGroup.valueOf(k), new SatAnalysisForm.Factor(m.get("known"), m.get("unknown")));
        });
        return out;
    }
}
