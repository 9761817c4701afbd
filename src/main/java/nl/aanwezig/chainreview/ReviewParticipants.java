package nl.aanwezig.chainreview;

import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * The participant check of {@link ReviewAccess} for the review's sub-packages (figures, exports): the current user
 * takes part in the region's chain reviews, or is refused with an AccessDeniedException and the refusal audited.
 */
@Component
public class ReviewParticipants {

    private final ReviewAccess access;
    private final CurrentUsers users;

    ReviewParticipants(ReviewAccess access, CurrentUsers users) {
        this.access = access;
        this.users = users;
    }

    /** The current user, once they are known to take part in the region's reviews. */
    public CurrentUser require(long regionId, String what) {
        CurrentUser user = users.require();
        access.checkTakesPart(user, regionId, what);
        return user;
    }
}
