package nl.aanwezig.cases.api;

import nl.aanwezig.base.api.ApiProblems.BadRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;

/** Reading a period from the query, as the case API's endpoints take it (errors: {@link BadRequest}, Dutch). */
final class ApiRequests {

    private ApiRequests() {
    }

    /** As {@link #period(String, String)}, both ends within the school years the app knows (else 400, in Dutch). */
    static Period period(String from, String to, nl.aanwezig.school.KnownSchoolYears years) {
        Period period = period(from, to);
        for (LocalDate end : new LocalDate[] {period.from(), period.to()}) {
            if (!years.contains(end)) {
                throw new BadRequest(Messages.nl("api.attendance.outsideSchoolYears", end.toString(),
                        years.first().toString(), years.last().toString()));
            }
        }
        return period;
    }

    static Period period(String from, String to) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            throw new BadRequest(Messages.nl("api.attendance.missingDate"));
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new BadRequest(Messages.nl("api.attendance.badPeriod", Echo.of(from), Echo.of(to)));
        }
        return Period.custom(start, end);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(Messages.nl("api.attendance.badDate", Echo.of(value)));
        }
    }
}
