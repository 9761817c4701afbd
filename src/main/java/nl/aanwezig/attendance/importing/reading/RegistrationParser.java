package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.AttendanceStatus;
import nl.aanwezig.attendance.domain.Lesson;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import nl.aanwezig.base.Echo;

/**
 * Parses a registrations file (CSV or XLSX, see {@link TabularReader}) in the canonical format,
 * streaming: each row goes to {@code ok} or {@code bad} as soon as it is read. Unknown pupils and
 * duplicate keys need the database and are the caller's concern.
 */
public final class RegistrationParser {

    /** Columns that must be in the header; {@code reden} and {@code minuten_te_laat} may be missing (then empty). */
    public static final List<String> REQUIRED_COLUMNS = List.of("school", "leerling", "datum", "start", "eind", "status");

    private RegistrationParser() {
    }

    /**
     * Parses {@code in} and closes it.
     *
     * @throws IOException when the stream cannot be read at all
     */
    public static void parse(InputStream in, ColumnMapping mapping, Consumer<RegistrationRow> ok, Consumer<RowError> bad)
            throws IOException {
        parse(in, mapping, TabularReader.DEFAULT_MAX_LINE_CHARS, ok, bad);
    }

    /** As {@link #parse(InputStream, ColumnMapping, Consumer, Consumer)}, with CSV lines of at most {@code maxLineChars}. */
    public static void parse(InputStream in, ColumnMapping mapping, int maxLineChars, Consumer<RegistrationRow> ok,
                             Consumer<RowError> bad) throws IOException {
        ImportLoop.run(in, mapping, maxLineChars, REQUIRED_COLUMNS, RegistrationParser::toRegistration, ok, bad);
    }

    private static RegistrationRow toRegistration(TabularRow row) {
        RowFields f = new RowFields(row);
        String school = f.required("school");
        String leerling = f.required("leerling");
        LocalDate date = f.date("datum");
        LocalTime start = f.time("start");
        LocalTime end = f.time("eind");
        if (!end.isAfter(start)) {
            throw new InvalidRowException(end.equals(start) ? "eindtijd gelijk aan begintijd" : "eindtijd voor begintijd");
        }
        AttendanceStatus status = RowFields.parsed(() -> AttendanceStatus.parse(f.required("status")));
        AbsenceReason reason = reason(status, f.optional("reden"));
        int minutesLate = minutesLate(status, f.optional("minuten_te_laat"), (int) Duration.between(start, end).toMinutes());
        return new RegistrationRow(row.line(), school, leerling, new Lesson(date, start, end, status, reason, minutesLate));
    }

    private static AbsenceReason reason(AttendanceStatus status, String value) {
        if (status != AttendanceStatus.AFWEZIG) {
            if (!value.isEmpty()) {
                throw new InvalidRowException("reden '" + Echo.of(value) + "' bij status '" + status.csvValue() + "'");
            }
            return null;
        }
        if (value.isEmpty()) {
            throw new InvalidRowException("reden ontbreekt bij afwezig");
        }
        return RowFields.parsed(() -> AbsenceReason.parse(value));
    }

    private static int minutesLate(AttendanceStatus status, String value, int lessonMinutes) {
        if (status != AttendanceStatus.TE_LAAT) {
            if (!value.isEmpty() && !value.equals("0")) {
                throw new InvalidRowException("minuten te laat bij status '" + status.csvValue() + "'");
            }
            return 0;
        }
        if (value.isEmpty()) {
            throw new InvalidRowException("minuten te laat ontbreken");
        }
        int minutes;
        try {
            minutes = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidRowException("ongeldig aantal minuten '" + Echo.of(value) + "'");
        }
        if (minutes <= 0) {
            throw new InvalidRowException("minuten te laat moet meer dan 0 zijn");
        }
        if (minutes >= lessonMinutes) {
            throw new InvalidRowException("te laat langer dan de les");
        }
        return minutes;
    }
}
