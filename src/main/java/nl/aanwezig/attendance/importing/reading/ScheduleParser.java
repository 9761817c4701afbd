package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.CodeStatus;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.AbsenceRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.CodeRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.LessonHourRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.TimetableRow;
import nl.aanwezig.base.Echo;

/**
 * Parses the four files of the absence-only route (CSV or XLSX, streaming, see {@link TabularReader}): a school's
 * code list and bell schedule, a timetable and an absence export. Each row goes to {@code ok} or, with its line and
 * Dutch reason, to {@code bad}.
 */
public final class ScheduleParser {

    public static final List<String> CODE_REQUIRED = List.of("code", "status");
    public static final List<String> LESSON_HOUR_REQUIRED = List.of("lesuur", "start", "eind");
    public static final List<String> TIMETABLE_REQUIRED = List.of("weekdag", "lesuur", "geldig_van", "geldig_tot");
    public static final List<String> ABSENCE_REQUIRED = List.of("leerling", "datum", "lesuur", "code");

    private ScheduleParser() {
    }

    public static void codes(InputStream in, int maxLineChars, Consumer<CodeRow> ok, Consumer<RowError> bad)
            throws IOException {
        ImportLoop.run(in, ColumnMapping.canonical(), maxLineChars, CODE_REQUIRED, row -> {
            RowFields f = new RowFields(row);
            CodeStatus status = RowFields.parsed(() -> CodeStatus.parse(f.required("status")));
            String reason = f.optional("reden");
            AbsenceReason parsedReason = reason.isEmpty() ? null : RowFields.parsed(() -> AbsenceReason.parse(reason));
            Boolean authorised = yesNo(f.optional("geoorloofd"));
            return new CodeRow(row.line(), RowFields.parsed(() -> new AbsenceCode(f.required("code"), status,
                    parsedReason, authorised, Echo.of(f.optional("omschrijving"), 100))));
        }, ok, bad);
    }

    public static void lessonHours(InputStream in, int maxLineChars, Consumer<LessonHourRow> ok, Consumer<RowError> bad)
            throws IOException {
        ImportLoop.run(in, ColumnMapping.canonical(), maxLineChars, LESSON_HOUR_REQUIRED, row -> {
            RowFields f = new RowFields(row);
            String day = f.optional("weekdag");
            List<Integer> weekdays = day.isEmpty() ? IntStream.rangeClosed(1, 5).boxed().toList()
                    : List.of(RowFields.parsed(() -> ScheduleValues.weekday(day)));
            String hour = RowFields.parsed(() -> ScheduleValues.hour(f.required("lesuur")));
            LocalTime start = f.time("start");
            LocalTime end = f.time("eind");
            if (!end.isAfter(start)) {
                throw new InvalidRowException("eindtijd niet na begintijd");
            }
            return new LessonHourRow(row.line(), weekdays, hour, start, end);
        }, ok, bad);
    }

    public static void timetable(InputStream in, ColumnMapping mapping, int maxLineChars, Consumer<TimetableRow> ok,
                                 Consumer<RowError> bad) throws IOException {
        ImportLoop.run(in, mapping, maxLineChars, TIMETABLE_REQUIRED, row -> {
            RowFields f = new RowFields(row);
            String klas = f.optional("klas");
            String leerling = f.optional("leerling");
            if (klas.isEmpty() && leerling.isEmpty()) {
                throw new InvalidRowException("klas of leerling ontbreekt");
            }
            int weekday = RowFields.parsed(() -> ScheduleValues.weekday(f.required("weekdag")));
            String hour = RowFields.parsed(() -> ScheduleValues.hour(f.required("lesuur")));
            LocalDate from = RowFields.parsed(() -> ScheduleValues.date(f.required("geldig_van")));
            LocalDate to = RowFields.parsed(() -> ScheduleValues.date(f.required("geldig_tot")));
            if (to.isBefore(from)) {
                throw new InvalidRowException("geldig_tot ligt voor geldig_van");
            }
            return new TimetableRow(row.line(), f.optional("school"), klas, leerling, weekday, hour, from, to);
        }, ok, bad);
    }

    public static void absences(InputStream in, ColumnMapping mapping, int maxLineChars, Consumer<AbsenceRow> ok,
                                Consumer<RowError> bad) throws IOException {
        ImportLoop.run(in, mapping, maxLineChars, ABSENCE_REQUIRED, row -> {
            RowFields f = new RowFields(row);
            String leerling = f.required("leerling");
            LocalDate date = RowFields.parsed(() -> ScheduleValues.date(f.required("datum")));
            String hour = RowFields.parsed(() -> ScheduleValues.hour(f.required("lesuur")));
            String code = f.required("code");
            if (code.length() > AbsenceCode.MAX_CODE_LENGTH) {
                throw new InvalidRowException("code langer dan " + AbsenceCode.MAX_CODE_LENGTH + " tekens");
            }
            return new AbsenceRow(row.line(), f.optional("school"), leerling, date, hour, code,
                    minutes(f.optional("minuten_te_laat")));
        }, ok, bad);
    }

    private static Integer minutes(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(value);
            if (minutes < 0) {
                throw new InvalidRowException("minuten te laat mag niet negatief zijn");
            }
            return minutes == 0 ? null : minutes;
        } catch (NumberFormatException e) {
            throw new InvalidRowException("ongeldig aantal minuten '" + Echo.of(value) + "'");
        }
    }

    private static Boolean yesNo(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "" -> null;
            case "ja", "j", "yes", "y", "1", "true" -> true;
            case "nee", "n", "no", "0", "false" -> false;
            default -> throw new InvalidRowException("geoorloofd is ja of nee, niet '" + Echo.of(value) + "'");
        };
    }
}
