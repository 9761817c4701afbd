package nl.aanwezig.cases.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.SchoolDeadlines;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.NeedToKnow;
import nl.aanwezig.workflow.FollowUpProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Datum vervolg": a conversation with a follow-up date starts bpmn/vervolggesprek.bpmn, whose timer gives whoever held
 * the conversation the task on that date; until then the pupil page shows it as planned. When to act the model
 * decides; this class only hands it the moments (start of the day, end of the school day).
 */
@Service
public class FollowUps {

    private static final String PLANNED = """
            select cv.follow_up_date, cv.logged_by from conversation cv
            join pupil_case c on c.id = cv.case_id and c.status = 'OPEN'
            join workflow_instance wi on wi.route_key = 'follow-up:' || cv.id and wi.cancelled_at is null
            where c.pupil_id = ? and not exists (select 1 from task t where t.workflow_instance_id = wi.id)
            order by cv.follow_up_date, cv.id""";

    private final RouteLedger routes;
    private final SchoolDeadlines deadlines;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Pupils pupils;
    private final DossierAccess access;
    private final DisplayNames names;

    FollowUps(RouteLedger routes, SchoolDeadlines deadlines, JdbcTemplate jdbc, CurrentUsers users, Pupils pupils,
              DossierAccess access, DisplayNames names) {
        this.routes = routes;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.users = users;
        this.pupils = pupils;
        this.access = access;
        this.names = names;
    }

    /** Plans the follow-up of a saved conversation, once; in the caller's transaction (the ledger's outbox). */
    void plan(PupilCase c, Conversation saved, String heldBy) {
        LocalDate date = saved.followUpDate();
        Map<String, Object> vars = RouteLedger.caseVariables(c.id(), c.pupilId(), c.schoolId());
        vars.put(FollowUpProcess.VAR_MENTOR, heldBy);
        vars.put(FollowUpProcess.VAR_DATE, date.toString());
        vars.put(FollowUpProcess.VAR_AT, SchoolDeadlines.variable(date.atStartOfDay(TimeConfig.SCHOOL_ZONE)));
        vars.put(FollowUpProcess.VAR_DUE, SchoolDeadlines.variable(deadlines.endOfSchoolDayOn(c.schoolId(), date)));
        routes.startOnce(c.id(), FollowUpProcess.ID, FollowUpProcess.routeKey(saved.id()), vars);
    }

    /** The follow-ups planned for the pupil's open case whose day has not come yet; for who sees its conversations. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public List<Planned> planned(long pupilId) {
        CurrentUser user = users.require();
        Pupil pupil = pupils.findById(pupilId).orElse(null);
        if (pupil == null || !AccessPolicy.sees(user, access.facts(pupil), NeedToKnow.Part.CONVERSATIONS)) {
            return List.of();
        }
        return jdbc.query(PLANNED, (rs, i) -> new Planned(rs.getObject(1, LocalDate.class), names.of(rs.getString(2))),
                pupilId);
    }

    /** A follow-up conversation planned on a date, by whom. */
    public record Planned(LocalDate on, String by) {
    }
}
