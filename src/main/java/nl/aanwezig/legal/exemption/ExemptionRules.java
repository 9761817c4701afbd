package nl.aanwezig.legal.exemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * The law's rules for a notice, a statement and a decision, as messages {@code exemption.error.<field>.<rule>} so a
 * form marks the field. Nothing is saved while one applies.
 */
public final class ExemptionRules {

    /** The statement may be at most this many months old when the parents give notice (art. 5 sub a). */
    static final int STATEMENT_MAX_AGE_MONTHS = 3;

    private ExemptionRules() {
    }

    /** The rules of a notice, and of its statement when the parents brought one. */
    public static List<Message> notice(Notice n, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (n.noticeDate() == null) {
            errors.add(new Message("exemption.error.noticeDate.required"));
        } else if (n.noticeDate().isAfter(today)) {
            errors.add(new Message("exemption.error.noticeDate.future"));
        }
        if (blank(n.givenBy())) {
            errors.add(new Message("exemption.error.givenBy.required"));
        }
        if (n.statement() == null && blank(n.statementWriter())) {
            errors.add(new Message("exemption.error.statementWriter.required"));
        }
        if (n.statement() != null && n.noticeDate() != null) {
            errors.addAll(statement(n.statement(), n.noticeDate(), today));
        }
        return errors;
    }

    /** A statement counts if a designated doctor, not the pupil's own, wrote it at most 3 months before the notice. */
    public static List<Message> statement(Statement s, LocalDate noticeDate, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (blank(s.doctorName())) {
            errors.add(new Message("exemption.error.doctorName.required"));
        }
        if (s.ownDoctor()) {
            errors.add(new Message("exemption.error.ownDoctor.refused"));
        } else if (!s.designated()) {
            errors.add(new Message("exemption.error.designated.required"));
        }
        if (s.statementDate() == null) {
            errors.add(new Message("exemption.error.statementDate.required"));
        } else if (s.statementDate().isAfter(today)) {
            errors.add(new Message("exemption.error.statementDate.future"));
        } else if (s.statementDate().isBefore(noticeDate.minusMonths(STATEMENT_MAX_AGE_MONTHS))) {
            errors.add(new Message("exemption.error.statementDate.tooOld", STATEMENT_MAX_AGE_MONTHS));
        }
        if (blank(s.educationPossible())) {
            errors.add(new Message("exemption.error.educationPossible.required"));
        }
        return errors;
    }

    /**
     * A decision is an explicit choice with its reason; a granted exemption holds one school year at most, unless the
     * statement says the pupil can never attend.
     */
    public static List<Message> decision(Decision d, Exemption e, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (!e.hasStatement()) {
            errors.add(new Message("exemption.error.statement.missing"));
        }
        if (d.duoRegisteredOn() != null && d.duoRegisteredOn().isAfter(today)) {
            errors.add(new Message("exemption.error.duoRegisteredOn.future"));
        }
        if (d.granted() == null) {
            errors.add(new Message("exemption.error.choice.required"));
        }
        if (blank(d.reason())) {
            errors.add(new Message("exemption.error.reason.required"));
        }
        if (!d.isGranted()) {
            return errors;
        }
        if (d.periodKind() == null) {
            errors.add(new Message("exemption.error.periodKind.required"));
        } else if (d.periodKind() == PeriodKind.WHOLE_AGE && !e.neverAble()) {
            errors.add(new Message("exemption.error.periodKind.wholeAge"));
        }
        if (d.validFrom() == null || d.validTo() == null) {
            errors.add(new Message("exemption.error.validTo.required"));
        } else if (!d.validTo().isAfter(d.validFrom())) {
            errors.add(new Message("exemption.error.validTo.beforeStart"));
        } else if (d.periodKind() != PeriodKind.WHOLE_AGE
                && d.validTo().isAfter(ReviewCalendar.endOfSchoolYear(d.validFrom()))) {
            errors.add(new Message("exemption.error.validTo.pastSchoolYear",
                    nl.aanwezig.base.Messages.date(ReviewCalendar.endOfSchoolYear(d.validFrom()))));
        }
        return errors;
    }

    /** Throws the messages, if any, as one refusal. */
    static void orRefuse(List<Message> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
