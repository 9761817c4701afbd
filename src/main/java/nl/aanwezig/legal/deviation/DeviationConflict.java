package nl.aanwezig.legal.deviation;

import java.util.List;
import nl.aanwezig.base.UserFacingException;

/** The request is not in a state for this step (a checklist item missing, already decided): HTTP 409 in the API. */
public class DeviationConflict extends UserFacingException {

    public DeviationConflict(String key, Object... args) {
        super(Kind.CONFLICT, key, args);
    }

    /** One message per missing item. */
    public DeviationConflict(List<String> keys) {
        super(Kind.CONFLICT, keys.stream().map(k -> new Message(k)).toList());
    }
}
