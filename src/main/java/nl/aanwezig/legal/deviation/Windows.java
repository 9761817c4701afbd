package nl.aanwezig.legal.deviation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.base.UserFacingException;

/**
 * The approved windows per weekday as stored and typed: {@code "08:30-12:00, 13:00-14:30"} for a day, and the week
 * as {@code "MONDAY 08:30-12:00;TUESDAY ..."} in the request's row.
 */
public final class Windows {

    /** 8:30 as well as 08:30. */
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("H:mm");

    private Windows() {
    }

    /** One day's windows as typed; blank is none. */
    public static List<TimeWindow> parseDay(DayOfWeek day, String text) {
        List<TimeWindow> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            try {
                if (ends.length != 2) {
                    throw new IllegalArgumentException(part);
                }
                out.add(new TimeWindow(LocalTime.parse(ends[0].strip(), TIME), LocalTime.parse(ends[1].strip(), TIME)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new UserFacingException("deviation.error.window", dayName(day), part.strip());
            }
        }
        return out;
    }

    /** One day's windows as the form shows them. */
    public static String formatDay(List<TimeWindow> windows) {
        return windows.stream().map(w -> w.from() + "-" + w.to()).collect(Collectors.joining(", "));
    }

    static String format(Map<DayOfWeek, List<TimeWindow>> week) {
        return new EnumMap<>(week).entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + formatDay(e.getValue())).collect(Collectors.joining(";"));
    }

    static Map<DayOfWeek, List<TimeWindow>> parse(String stored) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        if (stored == null || stored.isBlank()) {
            return week;
        }
        for (String day : stored.split(";")) {
            int space = day.indexOf(' ');
            DayOfWeek d = DayOfWeek.valueOf(day.substring(0, space));
            week.put(d, parseDay(d, day.substring(space + 1)));
        }
        return week;
    }

    /** Minutes per week of these windows. */
    static long minutesPerWeek(Map<DayOfWeek, List<TimeWindow>> week) {
        return week.values().stream().flatMap(List::stream)
                .mapToLong(w -> java.time.Duration.between(w.from(), w.to()).toMinutes()).sum();
    }

    /** The weekday in Dutch, for messages. */
    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, nl.aanwezig.base.Messages.DUTCH);
    }
}
