package nl.aanwezig.attendance.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.aanwezig.attendance.importing.reading.PupilRow;
import nl.aanwezig.attendance.importing.reading.RegistrationRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.AbsenceRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.TimetableRow;
import nl.aanwezig.attendance.importing.reading.ScheduleValues;
import nl.aanwezig.base.upload.RowError;

/** Parsed rows as canonical column -> value, for the preview. */
final class PreviewRows {

    private PreviewRows() {
    }

    static PreviewRow error(RowError error) {
        return new PreviewRow(error.line(), Map.of(), null, error.reason());
    }

    static PreviewRow of(AbsenceRow r, PreviewRow.Reading reading) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("school", r.school());
        v.put("leerling", r.leerling());
        v.put("datum", r.date().toString());
        v.put("lesuur", r.hour());
        v.put("code", r.code());
        v.put("minuten_te_laat", text(r.minutesLate()));
        return new PreviewRow(r.line(), v, reading, null);
    }

    static PreviewRow of(TimetableRow r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("school", r.school());
        v.put("klas", r.klas());
        v.put("leerling", r.leerling());
        v.put("weekdag", ScheduleValues.weekdayName(r.weekday()));
        v.put("lesuur", r.hour());
        v.put("geldig_van", r.validFrom().toString());
        v.put("geldig_tot", r.validTo().toString());
        return new PreviewRow(r.line(), v, null, null);
    }

    static PreviewRow of(RegistrationRow r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("school", r.school());
        v.put("leerling", r.leerling());
        v.put("datum", r.lesson().date().toString());
        v.put("start", r.lesson().start().toString());
        v.put("eind", r.lesson().end().toString());
        v.put("status", r.lesson().status().csvValue());
        v.put("reden", r.lesson().reason() == null ? "" : r.lesson().reason().csvValue());
        v.put("minuten_te_laat", r.lesson().minutesLate() == 0 ? "" : String.valueOf(r.lesson().minutesLate()));
        return new PreviewRow(r.line(), v, null, null);
    }

    static PreviewRow of(PupilRow r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("school", r.school());
        v.put("leerling", r.leerling());
        v.put("voornaam", r.voornaam());
        v.put("achternaam", r.achternaam());
        v.put("geboortedatum", text(r.geboortedatum()));
        v.put("sector", text(r.sector()));
        v.put("klas", r.klas());
        v.put("mentor", r.mentor());
        v.put("startkwalificatie", r.startkwalificatie() ? "ja" : "nee");
        return new PreviewRow(r.line(), v, null, null);
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
