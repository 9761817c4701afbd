package nl.aanwezig.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.cases.CaseStage;
import org.springframework.stereotype.Component;

/**
 * Which open cases are labelled milder than the pupil's figure: the school year's attendance so far is in the red
 * band (below the red cut-off) while the case is not in the red arrangement (a pupil at 28,4% still "in yellow").
 * The figures module's own percentages and cut-offs, one query for all pupils.
 */
@Component
class FarBelowStage {

    private final FiguresService figures;

    FarBelowStage(FiguresService figures) {
        this.figures = figures;
    }

    /** The school year's attendance up to {@code last} of each such case's pupil, by pupil id. */
    Map<Long, BigDecimal> redWhileNotRed(List<AgendaQueries.OpenCase> open, LocalDate last) {
        Map<Long, BigDecimal> out = new HashMap<>();
        List<Long> pupils = open.stream().filter(c -> c.stage() != CaseStage.RED_ARRANGEMENT)
                .map(AgendaQueries.OpenCase::pupilId).toList();
        if (pupils.isEmpty()) {
            return out;
        }
        Period year = Period.schoolYear(Period.schoolYearOf(last)).until(last);
        figures.attendancePerPupil(new Scope.OfPupils(pupils), year).forEach((pupilId, attendance) -> {
            BigDecimal pct = attendance.attendancePct();
            if (pct != null && figures.band(attendance) == Band.RED) {
                out.put(pupilId, pct);
            }
        });
        return out;
    }
}
