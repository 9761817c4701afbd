package nl.aanwezig.chainreview;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import nl.aanwezig.base.UserFacingException;

/** The quarterly dates of a region's reviews, from its setting: month-days such as "01-20,04-20,07-06,10-19". */
public final class ReviewDates {

    private ReviewDates() {
    }

    /** The month-days, sorted; refused in Dutch when a day cannot be read or there is none. */
    static List<MonthDay> parse(String days) {
        try {
            List<MonthDay> parsed = Arrays.stream(days.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> MonthDay.parse("--" + s)).sorted().distinct().toList();
            if (parsed.isEmpty()) {
                throw new UserFacingException("chainreview.error.days");
            }
            return parsed;
        } catch (DateTimeException e) {
            throw new UserFacingException("chainreview.error.days");
        }
    }

    /** The first review date strictly after {@code after}. */
    static LocalDate nextAfter(String days, LocalDate after) {
        List<MonthDay> parsed = parse(days);
        for (int year = after.getYear(); ; year++) {
            for (MonthDay d : parsed) {
                LocalDate candidate = d.atYear(year);
                if (candidate.isAfter(after)) {
                    return candidate;
                }
            }
        }
    }

    /** The quarter a review date belongs to, as the registration names it: "2027-Q1". */
    public static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
