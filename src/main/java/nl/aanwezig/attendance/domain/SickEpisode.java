package nl.aanwezig.attendance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.ArrayList;

/**
 * One sick report (ziekmelding): a run of consecutive school days on which the pupil was absent
 * because of illness.
 *
 * <p>A day is a sick day when any lesson that day is {@code afwezig/ziek}. School days are the dates on
 * which the pupil has lessons at all, so a weekend or holiday between two sick days does not break the
 * episode, but a school day without any sick lesson does.
 *
 * @param days the sick school days, ascending, never empty
 */
public record SickEpisode(List<LocalDate> days) {

    /** Copies and validates the days. */
    public SickEpisode {
        days = List.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("een ziekmelding heeft minstens een dag");
        }
    }

    /** First sick day. */
    public LocalDate start() {
        return days.getFirst();
    }

    /** Last sick day. */
    public LocalDate end() {
        return days.getLast();
    }

    /** The sick episodes in these lessons, in chronological order. */
    public static List<SickEpisode> of(Collection<Lesson> lessons) {
        SortedSet<LocalDate> schoolDays = new TreeSet<>();
        SortedSet<LocalDate> sickDays = new TreeSet<>();
        for (Lesson lesson : lessons) {
            schoolDays.add(Objects.requireNonNull(lesson).date());
            if (lesson.absentFor(AbsenceReason.ZIEK)) {
                sickDays.add(lesson.date());
            }
        }
        List<SickEpisode> episodes = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        for (LocalDate day : schoolDays) {
            if (sickDays.contains(day)) {
                current.add(day);
            } else if (!current.isEmpty()) {
                episodes.add(new SickEpisode(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            episodes.add(new SickEpisode(current));
        }
        return episodes;
    }
}
