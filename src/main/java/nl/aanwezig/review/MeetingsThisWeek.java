package nl.aanwezig.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.week.WeekItem;
import nl.aanwezig.cases.week.WeekSource;
import org.springframework.stereotype.Component;

/** The OC's week (issue #21): her school's casusoverleg meetings of this week, each opening the meeting. */
@Component
class MeetingsThisWeek implements WeekSource {

    private final Meetings meetings;

    MeetingsThisWeek(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<WeekItem> items(long schoolId, LocalDate today, LocalDate weekEnd) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return meetings.ofSchool(schoolId).stream()
                .filter(m -> !m.date().isBefore(monday) && !m.date().isAfter(weekEnd))
                .map(m -> WeekItem.link(WeekItem.Kind.MEETING, m.date(), false,
                        Messages.nl("week.meeting", Messages.date(m.date()), m.time().toString(), m.items()),
                        "casusoverleg/overleg/" + m.id()))
                .toList();
    }
}
