package nl.aanwezig.attendance.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes registrations the way an import does: insert, then publish the event in the same transaction. */
@Component
public class Imports {

    private final RegistrationStore store;
    private final ApplicationEventPublisher events;

    Imports(RegistrationStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void write(long schoolId, List<RegistrationRecord> records) {
        store.insert(records);
        LocalDate from = records.stream().map(RegistrationRecord::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = records.stream().map(RegistrationRecord::date).max(LocalDate::compareTo).orElseThrow();
        events.publishEvent(new RegistrationsImported(Set.of(schoolId), from, to));
    }

    /** Writes lessons of one pupil. */
    public void lessons(Pupil pupil, Collection<Lesson> lessons) {
        write(pupil.schoolId(), lessons.stream().map(l -> record(pupil.id(), l)).toList());
    }

    public static RegistrationRecord record(long pupilId, Lesson l) {
        return new RegistrationRecord(pupilId, l.date(), l.start(), l.end(), l.status().csvValue(),
                l.reason() == null ? null : l.reason().csvValue(), l.minutesLate());
    }
}
