package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.base.upload.RowError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson hours as exports write them, and what is no lesson hour. */
class ScheduleParserTest {

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_negative_or_decimal_lesson_hour_in_an_absence_export_is_refused_with_its_line() throws IOException {
        List<ScheduleRows.AbsenceRow> ok = new ArrayList<>();
        List<RowError> bad = new ArrayList<>();
        ScheduleParser.absences(csv("""
                leerling;datum;lesuur;code
                3001;2031-10-06;-1;A
                3001;2031-10-06;1.5;A
                3001;2031-10-06;+2;A
                3001;2031-10-06;3e uur;A
                3001;2031-10-06;0;A
                3001;2031-10-06;ochtend;A
                """), ColumnMapping.canonical(), TabularReader.DEFAULT_MAX_LINE_CHARS, ok::add, bad::add);

        String reason = "': een lesuur is een nummer vanaf 0 (zoals 3 of 3e uur) of een dagdeel (ochtend, middag)";
        assertThat(bad).containsExactly(new RowError(2, "ongeldig lesuur '-1" + reason),
                new RowError(3, "ongeldig lesuur '1.5" + reason), new RowError(4, "ongeldig lesuur '+2" + reason));
        assertThat(ok).extracting(ScheduleRows.AbsenceRow::hour).containsExactly("3", "0", "ochtend");
    }

    @Test
    void a_negative_lesson_hour_in_a_bell_schedule_is_refused_with_its_line() throws IOException {
        List<ScheduleRows.LessonHourRow> ok = new ArrayList<>();
        List<RowError> bad = new ArrayList<>();
        ScheduleParser.lessonHours(csv("weekdag;lesuur;start;eind\nma;-1;08:00;08:30\nma;1;08:30;09:20\n"),
                TabularReader.DEFAULT_MAX_LINE_CHARS, ok::add, bad::add);

        assertThat(bad).extracting(RowError::line).containsExactly(2);
        assertThat(bad.getFirst().reason()).startsWith("ongeldig lesuur '-1'");
        assertThat(ok).hasSize(1);
    }
}
