package nl.aanwezig.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.Sector;
import org.springframework.stereotype.Component;

/**
 * Four school weeks of registrations, the same every time (fixed seed): most pupils green, some yellow,
 * orange and one red, and on the last school day whose lessons have begun a few first empty chairs.
 */
@Component
class DemoAttendance {

    static final int WEEKS = 4;
    /** Pupils (by position) that are absent without a known reason on the last school day. */
    static final Set<Integer> EMPTY_CHAIRS_TODAY = Set.of(13, 19, 30, 41);

    private static final LocalTime[][] VO_LESSONS = {
        {LocalTime.of(8, 30), LocalTime.of(9, 20)}, {LocalTime.of(9, 20), LocalTime.of(10, 10)},
        {LocalTime.of(10, 30), LocalTime.of(11, 20)}, {LocalTime.of(11, 20), LocalTime.of(12, 10)},
        {LocalTime.of(12, 40), LocalTime.of(13, 30)}, {LocalTime.of(13, 30), LocalTime.of(14, 20)}};
    private static final LocalTime[][] PO_HALF_DAYS = {
        {LocalTime.of(8, 30), LocalTime.of(12, 0)}, {LocalTime.of(13, 0), LocalTime.of(15, 0)}};

    private final Pupils pupils;
    private final SchoolCalendar calendar;
    private final Clock clock;

    DemoAttendance(Pupils pupils, SchoolCalendar calendar, Clock clock) {
        this.pupils = pupils;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<RegistrationRecord> generate(LocalDate lastDay) {
        return generate(lastDay, pupils.findAll());
    }

    /**
     * The day of the demo's empty chairs: the last school day whose first lesson has begun. Before the first lesson of
     * a school day (a start at 06:00), that is the school day before, so a mentor has empty chairs at any hour.
     */
    LocalDate emptyChairDay(LocalDate lastDay) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(TimeConfig.SCHOOL_ZONE));
        boolean begun = !lastDay.equals(now.toLocalDate()) || !now.toLocalTime().isBefore(VO_LESSONS[0][0]);
        return begun ? lastDay : calendar.previousSchoolDay(lastDay);
    }

    /**
     * The registrations of these pupils up to {@code lastDay}; when that is today, only of lessons that have started:
     * nobody is absent from a lesson still to come.
     */
    List<RegistrationRecord> generate(LocalDate lastDay, List<Pupil> pupilList) {
        LocalDate chairsOn = emptyChairDay(lastDay);
        // the school day before the chairs' day is also looked at for empty chairs (the day after counts too): it
        // has no unexplained absence of its own, so the demo's first empty chairs are exactly its four
        LocalDate dayBefore = calendar.previousSchoolDay(chairsOn);
        Random random = new Random(20260907L);
        List<Pupil> all = pupilList.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        List<RegistrationRecord> raw = new ArrayList<>();
        LocalDate first = lastDay.minusWeeks(WEEKS).plusDays(1);
        for (int i = 0; i < all.size(); i++) {
            Profile profile = Profile.of(i);
            for (LocalDate d = first; !d.isAfter(lastDay); d = d.plusDays(1)) {
                if (calendar.isSchoolDay(d)) {
                    Boolean chair = d.equals(chairsOn) ? Boolean.valueOf(EMPTY_CHAIRS_TODAY.contains(i))
                            : d.equals(dayBefore) ? Boolean.FALSE : null;
                    day(all.get(i), d, profile, random, chair, raw);
                }
            }
        }
        // filtered afterwards, so the random sequence (and with it every past day) stays the same at any hour
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(TimeConfig.SCHOOL_ZONE));
        return raw.stream().filter(r -> !r.date().equals(now.toLocalDate()) || !r.start().isAfter(now.toLocalTime()))
                .toList();
    }

    /**
     * emptyChair: true = unexplained absence that morning; false = the chairs' day or the one before, no unexplained
     * absence; null = an earlier day.
     */
    private void day(Pupil p, LocalDate date, Profile profile, Random random, Boolean emptyChair,
                     List<RegistrationRecord> out) {
        LocalTime[][] slots = p.sector() == Sector.PO ? PO_HALF_DAYS : VO_LESSONS;
        boolean sickDay = random.nextDouble() < profile.sickDay;
        for (int s = 0; s < slots.length; s++) {
            LocalTime start = slots[s][0];
            LocalTime end = slots[s][1];
            if (p.sector() == Sector.PO && s == 1 && date.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                continue; // Wednesday afternoon off
            }
            String status = "aanwezig";
            String reason = null;
            int late = 0;
            double roll = random.nextDouble();
            // drawn for every lesson, so the sequence (and every figure) is the same whichever day has the chairs
            boolean unknownReason = random.nextBoolean();
            if (Boolean.TRUE.equals(emptyChair) && s < Math.max(1, slots.length / 2)) {
                status = "afwezig";
                reason = "onbekend";
            } else if (sickDay) {
                status = "afwezig";
                reason = "ziek";
            } else if (roll < profile.truant) {
                status = "afwezig";
                reason = emptyChair == null && unknownReason ? "onbekend" : "spijbelen";
            } else if (roll < profile.truant + profile.late) {
                status = "te_laat";
                late = 5 + random.nextInt(10);
            } else if (roll < profile.truant + profile.late + 0.004) {
                status = "afwezig";
                reason = "medisch";
            }
            out.add(new RegistrationRecord(p.id(), date, start, end, status, reason, late));
        }
    }

    private record Profile(double sickDay, double truant, double late) {
        static Profile of(int index) {
            if (index == 17) {
                return new Profile(0.25, 0.45, 0.05);    // red
            }
            if (index % 12 == 3) {
                // about two thirds present: well inside orange (50-80%) at any hour, so the demo's band changes
                // (and with them its tier-3 cases) do not depend on how much of today has been registered
                return new Profile(0.10, 0.25, 0.08);    // orange
            }
            if (index % 12 == 7) {
                return new Profile(0.05, 0.05, 0.06);    // yellow
            }
            return new Profile(0.008, 0.002, 0.01);      // green
        }
    }
}
