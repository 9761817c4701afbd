package nl.aanwezig.chainreview;

import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SWV sets its region's chain review: the quarterly dates, who chairs and who holds the doorzettingsmacht (both
 * SWV accounts of the region). A region whose route did not run yet gets it now. A date changed while the route waits
 * counts from the quarter after the one it waits for.
 */
@Service
public class RegionSettings {

    private final ReviewSettings settings;
    private final ReviewCalendar calendar;
    private final CurrentUsers users;
    private final AuditLog audit;

    RegionSettings(ReviewSettings settings, ReviewCalendar calendar, CurrentUsers users, AuditLog audit) {
        this.settings = settings;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
    }

    /** Whether the current user may set the region's chain review (the screens show the form only then). */
    public boolean mayChange(long regionId) {
        return isSwvOf(users.require(), regionId);
    }

    /** The SWV accounts the chair and the holder are chosen from. */
    public java.util.List<String> swvAccounts(long regionId) {
        check(users.require(), regionId);
        return settings.swvAccounts(regionId);
    }

    public ReviewSettings.Setting of(long regionId) {
        check(users.require(), regionId);
        return settings.of(regionId);
    }

    @Transactional
    public void change(long regionId, String reviewDays, String chair, String doorzettingHolder) {
        CurrentUser user = users.require();
        check(user, regionId);
        var swv = settings.swvAccounts(regionId);
        if (chair == null || !swv.contains(chair) || doorzettingHolder == null || !swv.contains(doorzettingHolder)) {
            throw new UserFacingException("chainreview.error.settingsPeople");
        }
        settings.save(regionId, reviewDays == null ? "" : reviewDays.strip(), chair, doorzettingHolder);
        calendar.start(regionId, null);
        audit.record(user, null, "CHAIN_REVIEW_SETTINGS", true, "region " + regionId + ": " + reviewDays + ", chair "
                + chair + ", doorzettingsmacht " + doorzettingHolder);
    }

    private boolean isSwvOf(CurrentUser user, long regionId) {
        return user.is(Role.SWV) && settings.swvAccounts(regionId).contains(user.username());
    }

    /** Only an SWV consultant of the region. */
    private void check(CurrentUser user, long regionId) {
        if (!isSwvOf(user, regionId)) {
            audit.record(user, null, AuditLog.REFUSED, false, "chain review settings of region " + regionId);
            throw new AccessDeniedException("only an SWV consultant of region " + regionId + " sets its chain review");
        }
    }
}
