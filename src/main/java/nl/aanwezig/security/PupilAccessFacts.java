package nl.aanwezig.security;

import java.util.Collection;
import java.util.List;

/**
 * The access facts of many pupils at once, for lists that name pupils (a pyramid's band): one query, not one per
 * pupil. Implemented by the cases module, which knows who joined a case.
 */
public interface PupilAccessFacts {

    /** The facts of each pupil that exists; unknown ids are left out. */
    List<PupilAccess> factsOf(Collection<Long> pupilIds);
}
