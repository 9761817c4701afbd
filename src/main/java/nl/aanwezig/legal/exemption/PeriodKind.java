package nl.aanwezig.legal.exemption;

/**
 * How long an exemption holds: one school year (renewed before 1 July), a shorter tailored period (the pending law), or
 * the whole compulsory-school age when the statement says the pupil will never be able to attend.
 */
public enum PeriodKind {
    SCHOOL_YEAR, SHORTER, WHOLE_AGE
}
