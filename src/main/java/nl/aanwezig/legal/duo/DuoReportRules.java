package nl.aanwezig.legal.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;

/** What a report needs: all messages at once, so the form marks every field that is wrong. */
final class DuoReportRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_REFERENCE = 64;
    /** Continuing absence: at most one report per 7 calendar days. */
    static final int DAYS_BETWEEN_REPORTS = 7;

    private DuoReportRules() {
    }

    /** A concept may be incomplete, but what is there must be right. */
    static List<Message> concept(DuoReportForm f) {
        List<Message> errors = new ArrayList<>();
        if (f.type() == null) {
            errors.add(new Message("duo.error.type.required"));
        }
        if (f.startDate() == null) {
            errors.add(new Message("duo.error.start.required"));
        } else if (f.endDate() != null && f.endDate().isBefore(f.startDate())) {
            errors.add(new Message("duo.error.end.beforeStart"));
        }
        if (f.hours() < 0) {
            errors.add(new Message("duo.error.hours.negative"));
        }
        for (String text : new String[] {f.reason(), f.schoolActions(), f.lessons()}) {
            if (text != null && text.length() > MAX_TEXT) {
                errors.add(new Message("duo.error.text.tooLong", MAX_TEXT));
            }
        }
        return errors;
    }

    /** Made at DUO: complete, dated and referenced, and not within 7 days of the pupil's previous report. */
    static void reported(DuoReportForm f, LocalDate today, LocalDate previousReportedOn) {
        List<Message> errors = concept(f);
        if (f.type() != null && f.type().endDateRequired() && f.endDate() == null) {
            errors.add(new Message("duo.error.end.required"));
        }
        if (blank(f.reason())) {
            errors.add(new Message("duo.error.reason.required"));
        }
        if (blank(f.schoolActions())) {
            errors.add(new Message("duo.error.schoolActions.required"));
        }
        if (f.reportedOn() == null) {
            errors.add(new Message("duo.error.reportedOn.required"));
        } else if (f.reportedOn().isAfter(today)) {
            errors.add(new Message("duo.error.reportedOn.future"));
        } else if (previousReportedOn != null
                && f.reportedOn().isBefore(previousReportedOn.plusDays(DAYS_BETWEEN_REPORTS))) {
            errors.add(new Message("duo.error.sevenDays", nl.aanwezig.base.Messages.date(previousReportedOn),
                    nl.aanwezig.base.Messages.date(previousReportedOn.plusDays(DAYS_BETWEEN_REPORTS))));
        }
        if (blank(f.duoReference())) {
            errors.add(new Message("duo.error.reference.required"));
        } else if (f.duoReference().strip().length() > MAX_REFERENCE) {
            errors.add(new Message("duo.error.reference.tooLong", MAX_REFERENCE));
        }
        throwIfAny(errors);
    }

    static void throwIfAny(List<Message> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
