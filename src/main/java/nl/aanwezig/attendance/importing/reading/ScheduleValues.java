package nl.aanwezig.attendance.importing.reading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanwezig.base.Echo;

/**
 * How pupil administrations write weekdays, lesson hours and dates, read into one form: weekday 1 (Monday) to 7, a
 * lesson hour as its number ("3e uur" is {@code 3}) or, in primary schools, the part of the day ({@code ochtend},
 * {@code middag}).
 */
public final class ScheduleValues {

    /** Longest lesson-hour label kept. */
    public static final int MAX_HOUR_LENGTH = 10;

    private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("1", 1), Map.entry("ma", 1), Map.entry("maandag", 1), Map.entry("mon", 1), Map.entry("monday", 1),
            Map.entry("2", 2), Map.entry("di", 2), Map.entry("dinsdag", 2), Map.entry("tue", 2), Map.entry("tuesday", 2),
            Map.entry("3", 3), Map.entry("wo", 3), Map.entry("woensdag", 3), Map.entry("wed", 3), Map.entry("wednesday", 3),
            Map.entry("4", 4), Map.entry("do", 4), Map.entry("donderdag", 4), Map.entry("thu", 4), Map.entry("thursday", 4),
            Map.entry("5", 5), Map.entry("vr", 5), Map.entry("vrijdag", 5), Map.entry("fri", 5), Map.entry("friday", 5),
            Map.entry("6", 6), Map.entry("za", 6), Map.entry("zaterdag", 6), Map.entry("sat", 6), Map.entry("saturday", 6),
            Map.entry("7", 7), Map.entry("zo", 7), Map.entry("zondag", 7), Map.entry("sun", 7), Map.entry("sunday", 7));

    private static final Map<String, String> DAY_PARTS = Map.of("o", "ochtend", "ochtend", "ochtend", "morgen", "ochtend",
            "m", "middag", "middag", "middag", "mi", "middag");

    /** "3", "03", "3e", "3e uur", "3 uur", "3de lesuur", "uur 3". */
    private static final Pattern NUMBERED = Pattern.compile("(?:(?:les)?uur\\s*)?0*(\\d{1,2})\\s*(?:e|ste|de)?\\s*(?:(?:les)?uur)?");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final String[] NAMES = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

    private ScheduleValues() {
    }

    /**
     * @throws IllegalArgumentException (Dutch) for anything but a weekday name, its abbreviation or 1-7
     */
    public static int weekday(String value) {
        Integer day = WEEKDAYS.get(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
        if (day == null) {
            throw new IllegalArgumentException("onbekende weekdag '" + Echo.of(value) + "'");
        }
        return day;
    }

    /** The Dutch name of weekday 1-7. */
    public static String weekdayName(int weekday) {
        return NAMES[weekday - 1];
    }

    /**
     * The lesson hour in one form: the number of a numbered hour, a day part by its full name, anything else lower case.
     *
     * @throws IllegalArgumentException (Dutch) when empty or longer than {@link #MAX_HOUR_LENGTH}
     */
    public static String hour(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher numbered = NUMBERED.matcher(v);
        if (numbered.matches()) {
            return String.valueOf(Integer.parseInt(numbered.group(1)));
        }
        String part = DAY_PARTS.get(v);
        if (part != null) {
            return part;
        }
        if (v.matches("[-+\\u2212].*|\\d+[.,]\\d+")) {
            // a signed number or a decimal ("-1", "+2", "1.5") is no lesson hour
            throw new IllegalArgumentException(nl.aanwezig.base.Messages.nl("import.error.badHour", Echo.of(value)));
        }
        if (v.isEmpty() || v.length() > MAX_HOUR_LENGTH) {
            throw new IllegalArgumentException("ongeldig lesuur '" + Echo.of(value) + "'");
        }
        return v;
    }

    /**
     * A date as exports write it: ISO ({@code 2026-09-07}) or Dutch ({@code 7-9-2026}, {@code 07/09/2026}).
     *
     * @throws IllegalArgumentException (Dutch) for anything else
     */
    public static LocalDate date(String value) {
        String v = value == null ? "" : value.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE, SLASH_DATE}) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new IllegalArgumentException("ongeldige datum '" + Echo.of(value) + "'");
    }
}
