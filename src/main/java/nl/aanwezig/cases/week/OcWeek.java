package nl.aanwezig.cases.week;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tasks.WaitingTasks;
import nl.aanwezig.cases.tier3.Tier3Overview;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OC's week for her own school: evaluations of plans and arrangements due this week or overdue, the lines other
 * modules keep (meetings, DUO deadlines), overdue tasks of other people on the school's cases, and her own open tasks.
 * Only reads; every line names where it is done.
 */
@Service
public class OcWeek {

    private final CurrentUsers users;
    private final Tier3Overview overview;
    private final TaskService tasks;
    private final WaitingTasks waiting;
    private final List<WeekSource> sources;
    private final Clock clock;

    OcWeek(CurrentUsers users, Tier3Overview overview, TaskService tasks, WaitingTasks waiting, List<WeekSource> sources,
           Clock clock) {
        this.users = users;
        this.overview = overview;
        this.tasks = tasks;
        this.waiting = waiting;
        this.sources = sources;
        this.clock = clock;
    }

    /** The week's lines, section by section, each section overdue first, then by date. */
    @PreAuthorize("hasRole('OC')")
    @Transactional(readOnly = true)
    public List<WeekItem> mine() {
        CurrentUser oc = users.require();
        if (oc.schoolId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<WeekItem> items = new ArrayList<>();
        overview.casesOfMySchool().stream()
                .filter(r -> r.nextEvaluation() != null && !r.nextEvaluation().isAfter(weekEnd))
                .forEach(r -> items.add(WeekItem.link(WeekItem.Kind.EVALUATION, r.nextEvaluation(),
                        r.nextEvaluation().isBefore(today), Messages.nl("week.evaluation", r.pupilName(),
                                Messages.nl("stage." + r.stage())),
                        "leerling/" + r.pupilId())));
        sources.forEach(source -> items.addAll(source.items(oc.schoolId(), today, weekEnd)));
        Instant now = clock.instant();
        waiting.overdueOfOthers(oc).forEach(t -> items.add(WeekItem.link(WeekItem.Kind.WAITING_ON_OTHERS, day(t),
                true, Messages.nl("week.waiting", Messages.nl(t.titleKey()), t.pupilName(), who(t)),
                "leerling/" + t.pupilId())));
        tasks.inbox().stream().filter(t -> t.caseId() != 0).forEach(t -> items.add(new WeekItem(WeekItem.Kind.MY_TASK,
                day(t), t.dueAt() != null && t.dueAt().isBefore(now),
                Messages.nl("week.task", Messages.nl(t.titleKey()), t.pupilName()), null, t.form(), t.taskId(),
                t.caseId())));
        items.sort(Comparator.comparing(WeekItem::kind).thenComparing(i -> !i.overdue())
                .thenComparing(WeekItem::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private static LocalDate day(TaskItem t) {
        return t.dueAt() == null ? null : t.dueAt().atZone(TimeConfig.SCHOOL_ZONE).toLocalDate();
    }

    private static String who(TaskItem t) {
        if (t.assigneeName() != null) {
            return t.assigneeName();
        }
        String group = Messages.nl("group." + t.candidateGroup());
        return group.startsWith("!") ? Messages.nl("week.group.other") : group;
    }
}
