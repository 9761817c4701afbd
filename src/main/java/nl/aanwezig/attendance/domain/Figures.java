package nl.aanwezig.attendance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Attendance figures of a pupil (or a group, via {@link #plus}) over a period.
 *
 * @param scheduledMinutes          minutes of scheduled lessons
 * @param presentMinutes            minutes present (late lessons count minus the minutes late)
 * @param authorisedAbsentMinutes   minutes absent for an authorised reason
 * @param unauthorisedAbsentMinutes minutes absent for an unauthorised reason
 * @param lateCount                 number of lessons the pupil was late for
 * @param lateMinutes               total minutes late
 * @param sickReports               number of sick episodes (see {@link SickEpisode})
 */
public record Figures(long scheduledMinutes, long presentMinutes, long authorisedAbsentMinutes,
                      long unauthorisedAbsentMinutes, int lateCount, long lateMinutes, int sickReports) {

    /** Figures of nothing: the neutral element of {@link #plus}. */
    public static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Counts the minutes of {@code [start, end)} on a date that are part of the pupil's norm. */
    @FunctionalInterface
    private interface MinuteCounter {
        int minutes(LocalDate date, LocalTime start, LocalTime end);
    }

    /**
     * Attendance percentage: present / scheduled * 100, scale 1, half-up. Not for a band nor for a screen: 94.99%
     * rounds to 95.0 here. Bands are decided on the minutes ({@link BandCutoffs#classify(long, long)}) and a shown
     * percentage stays in its band ({@link BandCutoffs#shownPct}).
     *
     * @return the percentage, or {@code null} when nothing was scheduled: 0% would put a pupil without
     *         lessons (new, exempt, fully outside a deviation) in the red band, and 100% would hide them.
     */
    public BigDecimal attendancePct() {
        if (scheduledMinutes == 0) {
            return null;
        }
        return BigDecimal.valueOf(presentMinutes).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(scheduledMinutes), 1, RoundingMode.HALF_UP);
    }

    /**
     * Sums two sets of figures, e.g. of different pupils or periods. Sick reports simply add up, so
     * adding two adjacent periods of one pupil may count an episode that spans the boundary twice.
     */
    public Figures plus(Figures other) {
        return new Figures(scheduledMinutes + other.scheduledMinutes, presentMinutes + other.presentMinutes,
                authorisedAbsentMinutes + other.authorisedAbsentMinutes,
                unauthorisedAbsentMinutes + other.unauthorisedAbsentMinutes, lateCount + other.lateCount,
                lateMinutes + other.lateMinutes, sickReports + other.sickReports);
    }

    /** Figures of these lessons (of one pupil, for the sick report count to make sense). */
    public static Figures of(Collection<Lesson> lessons) {
        return compute(lessons, (date, start, end) -> (int) Duration.between(start, end).toMinutes());
    }

    /**
     * Figures of these lessons measured against an approved onderwijstijd deviation: on dates inside its
     * validity only the part of each lesson inside the approved windows counts (scheduled, present, absent
     * and late alike). A lesson with no counted minutes is ignored entirely, also for sick reports.
     */
    public static Figures of(Collection<Lesson> lessons, ApprovedTimetable deviation) {
        Objects.requireNonNull(deviation, "deviation");
        return compute(lessons, deviation::countedMinutes);
    }

    private static Figures compute(Collection<Lesson> lessons, MinuteCounter counter) {
        Tally tally = new Tally();
        List<Lesson> counted = new ArrayList<>();
        for (Lesson lesson : lessons) {
            int scheduled = counter.minutes(lesson.date(), lesson.start(), lesson.end());
            if (scheduled > 0) {
                counted.add(lesson);
                tally.add(lesson, scheduled, presentMinutes(lesson, scheduled, counter));
            }
        }
        return tally.toFigures(SickEpisode.of(counted).size());
    }

    /** Running sums while computing figures. */
    private static final class Tally {
        long scheduled;
        long present;
        long authorised;
        long unauthorised;
        int lateCount;
        long lateMinutes;

        void add(Lesson lesson, int lessonScheduled, int lessonPresent) {
            scheduled += lessonScheduled;
            present += lessonPresent;
            switch (lesson.status()) {
                case AANWEZIG -> { }
                case TE_LAAT -> {
                    // lateness wholly outside the approved hours is no lateness against the pupil's norm
                    if (lessonPresent < lessonScheduled) {
                        lateCount++;
                        lateMinutes += lessonScheduled - lessonPresent;
                    }
                }
                case AFWEZIG -> {
                    if (lesson.reason().authorised()) {
                        authorised += lessonScheduled;
                    } else {
                        unauthorised += lessonScheduled;
                    }
                }
            }
        }

        Figures toFigures(int sickReports) {
            return new Figures(scheduled, present, authorised, unauthorised, lateCount, lateMinutes, sickReports);
        }
    }

    private static int presentMinutes(Lesson lesson, int lessonScheduled, MinuteCounter counter) {
        return switch (lesson.status()) {
            case AANWEZIG -> lessonScheduled;
            // the pupil is present from arrival to the end of the lesson; clip that part too
            case TE_LAAT -> counter.minutes(lesson.date(), lesson.start().plusMinutes(lesson.minutesLate()), lesson.end());
            case AFWEZIG -> 0;
        };
    }
}
