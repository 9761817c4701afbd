package nl.aanwezig.legal.duo;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.week.WeekItem;
import nl.aanwezig.cases.week.WeekSource;
import org.springframework.stereotype.Component;

/**
 * The OC's week (issue #21): DUO reports of her school still to be made (concepts) whose legal deadline falls this
 * week or has passed, each opening the school's DUO reports.
 */
@Component
class DuoDeadlinesThisWeek implements WeekSource {

    private final DuoReports reports;

    DuoDeadlinesThisWeek(DuoReports reports) {
        this.reports = reports;
    }

    @Override
    public List<WeekItem> items(long schoolId, LocalDate today, LocalDate weekEnd) {
        return reports.ofSchools(List.of(schoolId), DuoStatus.CONCEPT).stream()
                .filter(r -> r.deadline() != null && !r.deadline().isAfter(weekEnd))
                .map(r -> WeekItem.link(WeekItem.Kind.DUO_DEADLINE, r.deadline(), r.deadline().isBefore(today),
                        Messages.nl("week.duo", r.pupilName(), Messages.date(r.deadline())), "duo-meldingen"))
                .toList();
    }
}
