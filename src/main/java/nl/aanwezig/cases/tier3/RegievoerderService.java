package nl.aanwezig.cases.tier3;

import java.time.Clock;
import java.util.Map;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exactly one regievoerder at any moment once the orange plan starts: appointed by the OC at the route's step, handed
 * over by the OC or the regievoerder at any time (an event on the timeline; their open tasks of the case go along and
 * the route's later tasks go to the new one).
 */
@Service
public class RegievoerderService {

    private final TaskService taskService;
    private final Cases cases;
    private final CaseTasks tasks;
    private final StaffAccounts accounts;
    private final Timeline timeline;
    private final CurrentUsers users;
    private final DisplayNames names;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegievoerderService(TaskService taskService, Cases cases, CaseTasks tasks, StaffAccounts accounts,
                        Timeline timeline, CurrentUsers users, DisplayNames names,
                        ApplicationEventPublisher publisher, JdbcTemplate jdbc, Clock clock) {
        this.taskService = taskService;
        this.cases = cases;
        this.tasks = tasks;
        this.accounts = accounts;
        this.timeline = timeline;
        this.users = users;
        this.names = names;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OC')")
    @Transactional
    public void appoint(long taskId, String username) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "REGIEVOERDER_APPOINT");
        SatService.requireForm(task, Tier3Process.FORM_REGIEVOERDER);
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        StaffAccount who = eligible(c, username);
        c.appointRegievoerder(who.username());
        timeline.add(c.id(), CaseEventType.REGIEVOERDER_APPOINTED, user.username(), "regie:" + task.id(),
                "timeline.regievoerderAppointed", names.of(who.username()));
        taskService.finish(task, user, Map.of(Tier3Process.VAR_REGIEVOERDER, who.username()));
    }

    /** Hands the case over to another regievoerder, with the reason; their open tasks of the case go along. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void handOver(long caseId, String username, String reason) {
        CurrentUser user = users.require();
        PupilCase c = cases.findById(caseId).orElseThrow(() -> new UserFacingException("case.error.notFound"));
        String current = c.regievoerder();
        boolean mayHandOver = user.username().equals(current)
                || (user.role() == Role.OC && user.schoolId() != null && user.schoolId().equals(c.schoolId()));
        if (!mayHandOver || !c.isOpen()) {
            throw new AccessDeniedException("no handover of case " + caseId + " by " + user.username());
        }
        if (current == null) {
            throw new UserFacingException("tier3.error.regievoerder.none");
        }
        if (Texts.blank(reason)) {
            throw new UserFacingException("tier3.error.handoverReason.required");
        }
        StaffAccount who = eligible(c, username);
        if (who.username().equals(current)) {
            throw new UserFacingException("tier3.error.regievoerder.same");
        }
        c.appointRegievoerder(who.username());
        for (CaseTask t : tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN)) {
            if (current.equals(t.assignee())) {
                t.reassign(who.username());
            }
        }
        timeline.add(caseId, CaseEventType.REGIEVOERDER_HANDED_OVER, user.username(),
                "regie-handover:" + caseId + ":" + clock.millis(), "timeline.regievoerderHandedOver",
                names.of(current), names.of(who.username()), reason.strip());
        publisher.publishEvent(new RegievoerderChanged(caseId, who.username()));
    }

    /** School staff of the case's school (OC, mentor), or a partner who takes part in the case. */
    private StaffAccount eligible(PupilCase c, String username) {
        if (Texts.blank(username)) {
            throw new UserFacingException("tier3.error.regievoerder.required");
        }
        StaffAccount who = accounts.findById(username.strip())
                .orElseThrow(() -> new UserFacingException("tier3.error.regievoerder.unknown"));
        boolean schoolStaff = who.role().schoolCaseStaff() && c.schoolId().equals(who.schoolId());
        Integer joined = jdbc.queryForObject(
                "select count(*) from case_participant where case_id = ? and username = ? and removed_at is null", Integer.class,
                c.id(), who.username());
        if (!schoolStaff && (joined == null || joined == 0)) {
            throw new UserFacingException("tier3.error.regievoerder.notEligible");
        }
        return who;
    }
}
