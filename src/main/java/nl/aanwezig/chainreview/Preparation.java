package nl.aanwezig.chainreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.cases.CaseFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a region's review of a quarter, once: the list of who is discussed with a snapshot of each as on the day
 * (so the meeting and its report show what the review saw), and the thuiszitters registration brought up to date.
 */
@Service
public class Preparation {

    static final int TREND_DAYS = 28;

    private final JdbcTemplate jdbc;
    private final RegionFacts facts;
    private final Subjects subjects;
    private final Registration registration;
    private final CaseFigures figures;
    private final Clock clock;

    Preparation(JdbcTemplate jdbc, RegionFacts facts, Subjects subjects, Registration registration,
                CaseFigures figures, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.subjects = subjects;
        this.registration = registration;
        this.figures = figures;
        this.clock = clock;
    }

    /** The review of this region and quarter, prepared now unless it was before (then its id, unchanged). */
    @Transactional
    public long prepare(long regionId, String quarter, String chair) {
        LocalDate on = LocalDate.now(clock);
        Long id = jdbc.query("""
                insert into chain_review (region_id, quarter, prepared_on, prepared_at, chair) values (?, ?, ?, ?, ?)
                on conflict (region_id, quarter) do nothing returning id""", (rs, i) -> rs.getLong(1), regionId,
                quarter, Date.valueOf(on), Timestamp.from(clock.instant()), chair).stream().findFirst().orElse(null);
        if (id == null) {
            return jdbc.queryForObject("select id from chain_review where region_id = ? and quarter = ?", Long.class,
                    regionId, quarter);
        }
        Map<Long, Candidate> bySubject = new LinkedHashMap<>();
        for (Candidate c : facts.candidates(regionId, on).values()) {
            long subject = c.pupilId != null ? subjects.ofPupil(regionId, c.pupilId)
                    : subjects.ofAbsoluteAbsence(regionId, c.absoluteAbsenceId);
            bySubject.put(subject, c);
        }
        Set<Long> counting = bySubject.entrySet().stream().filter(e -> e.getValue().category != null)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        for (Long again : registration.settle(regionId, on, counting)) {
            bySubject.computeIfAbsent(again, s -> earlier(s, on)).reasons.add(Candidate.Reason.OPEN_EARLIER);
        }
        registration.enter(regionId, id, bySubject);
        long reviewId = id;
        bySubject.forEach((subject, c) -> item(reviewId, subject, c, on));
        return reviewId;
    }

    /** A thuiszitter of an earlier review that is still open though the data no longer shows why. */
    private Candidate earlier(long subjectId, LocalDate on) {
        return jdbc.queryForObject("""
                select rs.pupil_id, rs.absolute_absence_id, t.school_id, t.sector, t.since, t.category, t.action,
                       coalesce(p.birth_date, a.birth_date)
                from review_subject rs join thuiszitter t on t.subject_id = rs.id left join pupil p on p.id = rs.pupil_id
                left join absolute_absence a on a.id = rs.absolute_absence_id where rs.id = ?""", (rs, i) -> {
            Long pupil = (Long) rs.getObject(1);
            Candidate c = pupil != null ? Candidate.pupil(pupil) : Candidate.absolute(rs.getLong(2));
            c.schoolId = (Long) rs.getObject(3);
            c.sector = rs.getString(4);
            c.thuisSince = rs.getDate(5).toLocalDate();
            Category kept = Category.ofCode(rs.getString(6));
            c.category = kept == Category._2A || kept == Category._2B ? Category.lrv(c.thuisSince, on) : kept;
            c.action = rs.getString(7);
            c.birthDate = rs.getDate(8).toLocalDate();
            return c;
        }, subjectId);
    }

    private void item(long reviewId, long subjectId, Candidate c, LocalDate on) {
        long itemId = jdbc.queryForObject("""
                insert into chain_review_item (review_id, subject_id, case_id, school_id, reasons, category, sector, age,
                                               last_review_outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, reviewId, subjectId, c.caseId,
                c.schoolId, c.reasonList(), c.category == null ? null : c.category.code(), c.sector,
                Period.between(c.birthDate, on).getYears(), lastOutcome(subjectId, reviewId));
        if (c.caseId != null) {
            caseFacts(itemId, c.caseId);
        }
        if (c.pupilId != null) {
            trend(itemId, c.pupilId, on);
        }
    }

    /** The case's own facts: its stage and since when, signal to plan, regievoerder, partners, consent, evaluations. */
    private void caseFacts(long itemId, long caseId) {
        jdbc.update("""
                update chain_review_item i set stage = c.stage,
                    stage_since = coalesce((select max(e.occurred_at) from case_event e where e.case_id = c.id
                                            and e.type = 'STAGE_CHANGED'), c.opened_at)::date,
                    first_signal_on = c.opened_at::date,
                    plan_on = (select min(sp.started_on) from support_plan sp where sp.case_id = c.id),
                    regievoerder = c.regievoerder,
                    regievoerder_org = coalesce((select cp.organisation from case_participant cp
                                                 where cp.case_id = c.id and cp.username = c.regievoerder),
                                                (select s.name from school s where s.id = c.school_id)),
                    partners = (select string_agg(cp.role || coalesce(' (' || cp.organisation || ')', ''), ', '
                                                  order by cp.role, cp.organisation)
                                from case_participant cp where cp.case_id = c.id),
                    consent = coalesce((select case when sc.withdrawn_on is null then 'GIVEN' else 'WITHDRAWN' end
                                        from sharing_consent sc where sc.case_id = c.id order by sc.id desc limit 1),
                                       'NONE'),
                    last_evaluation = (select max(ev.held_on) from evaluation ev where ev.case_id = c.id),
                    next_evaluation = coalesce(
                        (select sp.next_evaluation from support_plan sp where sp.case_id = c.id and sp.status = 'ACTIVE'
                         order by sp.id desc limit 1),
                        (select ca.next_evaluation from care_arrangement ca where ca.case_id = c.id
                         and ca.status = 'ACTIVE' order by ca.id desc limit 1))
                from pupil_case c where c.id = ? and i.id = ?""", caseId, itemId);
    }

    /** The last four weeks against the four before, and since the plan started (null where nothing was scheduled). */
    private void trend(long itemId, long pupilId, LocalDate on) {
        LocalDate planOn = jdbc.queryForObject("select plan_on from chain_review_item where id = ?", LocalDate.class,
                itemId);
        BigDecimal recent = figures.attendancePct(pupilId, on.minusDays(TREND_DAYS - 1), on);
        BigDecimal previous = figures.attendancePct(pupilId, on.minusDays(2L * TREND_DAYS - 1), on.minusDays(TREND_DAYS));
        BigDecimal sincePlan = planOn == null ? null : figures.attendancePct(pupilId, planOn, on);
        jdbc.update("update chain_review_item set recent_pct = ?, previous_pct = ?, since_plan_pct = ? where id = ?",
                oneDecimal(recent), oneDecimal(previous), oneDecimal(sincePlan), itemId);
    }

    /** What the subject's previous review answered and agreed, for this review to start from. */
    private String lastOutcome(long subjectId, long reviewId) {
        return jdbc.query("""
                select concat_ws(' | ', nullif(i.good_things, ''), nullif(i.right_people, ''),
                       (select string_agg(a.description || ' (' || a.owner || ', ' || to_char(a.due_on, 'DD-MM-YYYY') || ')',
                                          '; ' order by a.id) from chain_review_action a where a.item_id = i.id))
                from chain_review_item i join chain_review r on r.id = i.review_id
                where i.subject_id = ? and i.review_id <> ? order by r.prepared_at desc limit 1""",
                (rs, i) -> rs.getString(1), subjectId, reviewId).stream().findFirst().filter(s -> !s.isBlank())
                .orElse(null);
    }

    private static BigDecimal oneDecimal(BigDecimal pct) {
        // rounded down, so a figure just under a cut-off never shows as the cut-off itself
        return pct == null ? null : pct.setScale(1, RoundingMode.FLOOR);
    }
}
