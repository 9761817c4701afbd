package nl.aanwezig.legal.deviation;

import nl.aanwezig.base.UserFacingException;

/**
 * No such request or pupil for this user: also the answer for another school's, so the answer does not tell which
 * exist there (the refusal is audited).
 */
public class DeviationNotFound extends UserFacingException {

    public DeviationNotFound() {
        super(Kind.NOT_FOUND, "deviation.error.notFound");
    }
}
