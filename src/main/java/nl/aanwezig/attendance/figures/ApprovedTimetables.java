package nl.aanwezig.attendance.figures;

import java.time.LocalDate;
import nl.aanwezig.attendance.ApprovedTimetableChanged;
import nl.aanwezig.attendance.domain.ApprovedTimetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance's side of an approved onderwijstijd deviation: the module that decides on deviations (legal) hands the
 * approved timetable here under a key of its own, and the pupil's stored figures (days, months, school year, and so
 * every pyramid, band and group figure built on them) are rebuilt for its period in the caller's transaction. Later
 * imports read the stored timetables too, so attendance never depends on the module that approves them.
 */
@Service
public class ApprovedTimetables {

    private final ApprovedTimetableStore store;
    private final AttendanceAggregates aggregates;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    ApprovedTimetables(ApprovedTimetableStore store, AttendanceAggregates aggregates, ApplicationEventPublisher events,
                       JdbcTemplate jdbc) {
        this.store = store;
        this.aggregates = aggregates;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * The pupil's norm within the timetable's validity becomes the timetable.
     *
     * @throws IllegalStateException when the key is in use or another timetable of the pupil overlaps (the caller
     *                               refuses that first, with a message for the user)
     */
    @PreAuthorize("hasRole('OC')")
    @Transactional
    public void approve(String sourceKey, long pupilId, ApprovedTimetable timetable) {
        if (store.bySource(sourceKey).isPresent()) {
            throw new IllegalStateException("rooster bestaat al: " + sourceKey);
        }
        if (overlaps(pupilId, timetable.validFrom(), timetable.validTo())) {
            throw new IllegalStateException("overlappend goedgekeurd rooster voor leerling " + pupilId);
        }
        store.insert(sourceKey, pupilId, timetable);
        changed(pupilId, new Period(timetable.validFrom(), timetable.validTo()));
    }

    /** Whether an approved timetable of the pupil applies on a day of {@code [from, to]}. */
    @PreAuthorize("hasRole('OC')")
    @Transactional(readOnly = true)
    public boolean overlaps(long pupilId, LocalDate from, LocalDate to) {
        return !store.ofPupils(java.util.List.of(pupilId), from, to).isEmpty();
    }

    /** The timetable no longer applies after {@code lastDay}; before its first day it is removed altogether. */
    @PreAuthorize("hasRole('OC')")
    @Transactional
    public void end(String sourceKey, LocalDate lastDay) {
        store.bySource(sourceKey).ifPresent(pt -> {
            ApprovedTimetable t = pt.timetable();
            if (!lastDay.isBefore(t.validTo())) {
                return;
            }
            if (lastDay.isBefore(t.validFrom())) {
                store.delete(sourceKey);
                changed(pt.pupilId(), new Period(t.validFrom(), t.validTo()));
            } else {
                store.endOn(sourceKey, lastDay);
                changed(pt.pupilId(), new Period(lastDay.plusDays(1), t.validTo()));
            }
        });
    }

    /** The timetable is gone as if never approved: the pupil's full timetable counts again. */
    @PreAuthorize("hasRole('OC')")
    @Transactional
    public void withdraw(String sourceKey) {
        store.bySource(sourceKey).ifPresent(pt -> {
            store.delete(sourceKey);
            changed(pt.pupilId(), new Period(pt.timetable().validFrom(), pt.timetable().validTo()));
        });
    }

    private void changed(long pupilId, Period period) {
        aggregates.recompute(pupilId, period);
        long schoolId = jdbc.queryForObject("select school_id from pupil where id = ?", Long.class, pupilId);
        events.publishEvent(new ApprovedTimetableChanged(pupilId, schoolId, period.from(), period.to()));
    }
}
