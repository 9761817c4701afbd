package nl.aanwezig.cases.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.sharing.CaseGate;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's voice as the staff read it beside the figures (evaluation forms, the pupil page): the views given since
 * the previous evaluation (at least the newest {@value #AT_LEAST}) and where each family member stands on the plan.
 * Checked like {@link FamilyViews#ofCase}: whoever may read the case.
 */
@Service
public class FamilyVoice {

    /** However long ago, the staff see at least this many of the newest views. */
    static final int AT_LEAST = 3;

    /** The views to read now, newest first, the date of the previous evaluation (null before one) and the agreement. */
    public record ForStaff(List<FamilyViews.Voice> views, LocalDate previousEvaluation,
                           FamilyAgreements.Status agreement) {
    }

    private final CaseGate gate;
    private final FamilyViews views;
    private final FamilyAgreements agreements;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;

    FamilyVoice(CaseGate gate, FamilyViews views, FamilyAgreements agreements, CurrentUsers users, JdbcTemplate jdbc) {
        this.gate = gate;
        this.views = views;
        this.agreements = agreements;
        this.users = users;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public ForStaff forStaff(long caseId) {
        CaseGate.Ref ref = gate.read(users.require(), caseId, "FAMILY_VOICE_READ");
        List<FamilyViews.Voice> all = views.ofCase(caseId);
        Optional<LocalDate> previous = jdbc.query("select max(held_on) from evaluation where case_id = ?",
                (rs, i) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), caseId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
        return new ForStaff(shown(all, previous.orElse(null), TimeConfig.SCHOOL_ZONE), previous.orElse(null),
                agreements.status(caseId, ref.pupil().id()));
    }

    /**
     * Of the views, newest first: those given on or after the day of the previous evaluation, but at least the newest
     * {@value #AT_LEAST} (all of them before a first evaluation).
     */
    static List<FamilyViews.Voice> shown(List<FamilyViews.Voice> newestFirst, LocalDate previous, ZoneId zone) {
        if (previous == null) {
            return List.copyOf(newestFirst);
        }
        long recent = newestFirst.stream().filter(v -> !LocalDate.ofInstant(v.givenAt(), zone).isBefore(previous))
                .count();
        return List.copyOf(newestFirst.subList(0, (int) Math.min(newestFirst.size(), Math.max(recent, AT_LEAST))));
    }
}
