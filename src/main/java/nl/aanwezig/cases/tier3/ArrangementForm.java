package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.tier3.Tier3Decisions.Funder;

/**
 * The red care-education arrangement (onderwijszorgarrangement): the care provider, the education part (where, hours
 * per week), start and end, who funds it, and how often it is evaluated.
 */
public record ArrangementForm(String careProvider, String educationWhere, BigDecimal educationHours,
                              LocalDate startsOn, LocalDate endsOn, Funder fundedBy, int evaluationWeeks) {

    List<Message> validate(LocalDate today) {
        List<Message> errors = new ArrayList<>();
        Texts.required(errors, careProvider, "careProvider");
        Texts.required(errors, educationWhere, "educationWhere");
        Texts.max(errors, 200, "careProvider", careProvider);
        Texts.max(errors, 200, "educationWhere", educationWhere);
        if (educationHours == null || educationHours.signum() < 0 || educationHours.compareTo(BigDecimal.valueOf(40)) > 0) {
            errors.add(new Message("tier3.error.educationHours.range"));
        }
        if (startsOn == null) {
            errors.add(new Message("tier3.error.startsOn.required"));
        } else if (startsOn.isBefore(today.minusWeeks(4))) {
            errors.add(new Message("tier3.error.startsOn.range"));
        }
        if (endsOn != null && startsOn != null && !endsOn.isAfter(startsOn)) {
            errors.add(new Message("tier3.error.endsOn.beforeStart"));
        }
        if (fundedBy == null) {
            errors.add(new Message("tier3.error.fundedBy.required"));
        }
        if (evaluationWeeks < 1 || evaluationWeeks > 12) {
            errors.add(new Message("tier3.error.evaluationWeeks.range"));
        }
        return errors;
    }
}
