package nl.aanwezig.legal.deviation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;

/**
 * What the Inspectie asks with a category D request (beleidsregel 2018): an OPP with the programme at school, the
 * education or support in the hours away and how the pupil grows back to full time; the date parents signed its
 * action part (handelingsdeel); parents' consent; an expert statement with its date.
 *
 * @param programmeAtSchool     the OPP's programme at school
 * @param supportAway           education or support in the hours away from school
 * @param growBackPlan          how the pupil grows back to full time
 * @param handelingsdeelSigned  the day parents signed the handelingsdeel
 * @param parentsConsent        parents consent to the deviation
 * @param expertKind            who gave the expert statement
 * @param expertStatementOn     the date of the expert statement
 */
public record Checklist(String programmeAtSchool, String supportAway, String growBackPlan,
                        LocalDate handelingsdeelSigned, boolean parentsConsent, ExpertKind expertKind,
                        LocalDate expertStatementOn) {

    /** Longest text of a checklist item. */
    public static final int MAX_TEXT = 4000;

    /** Who may give the expert statement. */
    public enum ExpertKind { PSYCHOLOOG, ORTHOPEDAGOOG, ARTS }

    /** Nothing filled in yet. */
    public static final Checklist EMPTY = new Checklist(null, null, null, null, false, null, null);

    /** Message keys of the items still missing, in the order of the form. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (blank(programmeAtSchool)) {
            out.add("deviation.missing.programme");
        }
        if (blank(supportAway)) {
            out.add("deviation.missing.supportAway");
        }
        if (blank(growBackPlan)) {
            out.add("deviation.missing.growBack");
        }
        if (handelingsdeelSigned == null) {
            out.add("deviation.missing.handelingsdeel");
        }
        if (!parentsConsent) {
            out.add("deviation.missing.consent");
        }
        if (expertKind == null || expertStatementOn == null) {
            out.add("deviation.missing.expert");
        }
        return out;
    }

    /** Texts within bounds and dates not in the future; what is merely missing is {@link #missing()}. */
    void validate(LocalDate today) {
        for (String text : new String[] {programmeAtSchool, supportAway, growBackPlan}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new UserFacingException("deviation.error.tooLong", MAX_TEXT);
            }
        }
        if (handelingsdeelSigned != null && handelingsdeelSigned.isAfter(today)) {
            throw new UserFacingException("deviation.error.futureHandelingsdeel");
        }
        if (expertStatementOn != null && expertStatementOn.isAfter(today)) {
            throw new UserFacingException("deviation.error.futureExpert");
        }
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
