package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.aanwezig.base.Messages;
import org.junit.jupiter.api.Test;

/** The data-quality screen names every kind in Dutch, and the absence route's details fill SQL's placeholders. */
class AbsenceQualityMessagesTest {

    @Test
    void every_kind_has_a_dutch_label() {
        assertThat(Arrays.stream(DataQualityIssue.Kind.values()).map(k -> Messages.nl("dq." + k.name())))
                .noneMatch(label -> label.startsWith("!"));
    }

    @Test
    void every_detail_of_the_absence_route_keeps_its_placeholders_for_sql_format() {
        for (String key : List.of("minutesOnNoAbsence", "noAbsenceAllDay", "noLessons", "holiday", "hourOutside",
                "noTimetable")) {
            assertThat(Messages.nl("absquality.detail." + key, "%1$s", "%2$s", "%3$s")).as(key)
                    .doesNotStartWith("!").contains("%1$s").doesNotContain("{");
        }
    }
}
