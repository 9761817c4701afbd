package nl.aanwezig.attendance.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.importing.reading.RegistrationRow;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.RowError;

/**
 * Resolves one parsed registration row and sends it to staging, or reports why it cannot be imported. Remembers the
 * period, the schools and the pupils staged: the pupils are what the signals after the import need to look at.
 */
final class RegistrationStager {

    private final CopyWriter writer;
    private final SchoolResolver schools;
    private final PupilIds pupils;
    private final ErrorList errors;
    private final Set<Long> pupilIds = new HashSet<>();
    private LocalDate from;
    private LocalDate to;

    RegistrationStager(CopyWriter writer, SchoolResolver schools, PupilIds pupils, ErrorList errors) {
        this.writer = writer;
        this.schools = schools;
        this.pupils = pupils;
        this.errors = errors;
    }

    void stage(RegistrationRow row) {
        SchoolResolver.Result school = schools.resolve(row.school());
        if (school.schoolId() == null) {
            errors.add(new RowError(row.line(), school.error()));
            return;
        }
        Long pupilId = pupils.find(school.schoolId(), row.leerling());
        if (pupilId == null) {
            errors.add(new RowError(row.line(), Messages.nl("import.error.unknownPupil", Echo.of(row.leerling()),
                    Echo.of(row.school()))));
            return;
        }
        Lesson l = row.lesson();
        String reason = l.reason() == null ? null : l.reason().csvValue();
        writer.row(row.line(), pupilId, l.date(), l.start(), l.end(), l.status().csvValue(), reason, l.minutesLate());
        pupilIds.add(pupilId);
        from = from == null || l.date().isBefore(from) ? l.date() : from;
        to = to == null || l.date().isAfter(to) ? l.date() : to;
    }

    long rows() {
        return writer.rows();
    }

    /** The schools that at least one valid row belonged to. */
    Set<Long> schools() {
        return schools.used();
    }

    /** The pupils of the rows staged: those written, and with rejected or unchanged rows possibly a few more. */
    Set<Long> pupils() {
        return Set.copyOf(pupilIds);
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }
}
