package nl.aanwezig.legal.agenda;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.legal.agenda.AgendaLine.Kind;
import nl.aanwezig.legal.duo.DuoAccess;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn week" for leerplicht: their planned actions up to Sunday (earlier ones not done are overdue), the reports of
 * the schools they serve that wait for them (gemeld, not yet picked up), and their open exemption tasks.
 */
@Service
public class LeerplichtWeekService {

    private static final String PUPIL = "p.first_name || ' ' || p.last_name pupil, s.name school";

    private final JdbcTemplate jdbc;
    private final DuoAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    LeerplichtWeekService(JdbcTemplate jdbc, DuoAccess access, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public LeerplichtWeek week() {
        CurrentUser user = users.require();
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        Long[] schools = access.schoolsOf(user).toArray(Long[]::new);
        List<AgendaLine> actions = jdbc.query("select a.report_id, a.kind, a.happened_on, a.note, " + PUPIL + """
                 from duo_action a join duo_report r on r.id = a.report_id join pupil p on p.id = r.pupil_id
                join school s on s.id = r.school_id
                where a.actor = ? and a.status = 'GEPLAND' and a.happened_on <= ? and r.school_id = any(?)
                order by a.happened_on, a.id""", (rs, i) -> {
            LocalDate on = rs.getDate("happened_on").toLocalDate();
            return new AgendaLine(Kind.PLANNED_ACTION, on, on.isBefore(today), rs.getString("pupil"),
                    rs.getString("school"), "duo.action." + rs.getString("kind"), rs.getString("note"),
                    "verzuimmeldingen?melding=" + rs.getLong("report_id"));
        }, user.username(), Date.valueOf(sunday), schools);
        List<AgendaLine> reports = jdbc.query("select r.id, r.type, r.reported_on, r.created_at, " + PUPIL + """
                 from duo_report r join pupil p on p.id = r.pupil_id join school s on s.id = r.school_id
                where r.status = 'GEMELD' and r.school_id = any(?) order by r.reported_on nulls last, r.id""",
                (rs, i) -> {
                    Date reported = rs.getDate("reported_on");
                    LocalDate on = reported != null ? reported.toLocalDate()
                            : rs.getTimestamp("created_at").toInstant().atZone(TimeConfig.SCHOOL_ZONE).toLocalDate();
                    return new AgendaLine(Kind.WAITING_REPORT, on, false, rs.getString("pupil"), rs.getString("school"),
                            "duo.type." + rs.getString("type"), "", "verzuimmeldingen?melding=" + rs.getLong("id"));
                }, (Object) schools);
        List<AgendaLine> exemptions = jdbc.query("select t.id, t.title_key, t.due_at, t.created_at, " + PUPIL + """
                 from task t join exemption e on e.id = t.exemption_id join pupil p on p.id = e.pupil_id
                join school s on s.id = e.school_id
                where t.assignee = ? and t.state = 'OPEN' and t.exemption_id is not null
                order by coalesce(t.due_at, t.created_at), t.id""", (rs, i) -> {
            var due = rs.getTimestamp("due_at");
            LocalDate on = (due != null ? due : rs.getTimestamp("created_at")).toInstant()
                    .atZone(TimeConfig.SCHOOL_ZONE).toLocalDate();
            return new AgendaLine(Kind.EXEMPTION_TASK, on, due != null && due.toInstant().isBefore(clock.instant()),
                    rs.getString("pupil"), rs.getString("school"), rs.getString("title_key"), "",
                    "vrijstellingen/taak/" + rs.getLong("id"));
        }, user.username());
        return new LeerplichtWeek(monday, sunday, actions, reports, exemptions);
    }
}
