package nl.aanwezig.security.api;

import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems;
import nl.aanwezig.security.LoginThrottle;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for the admin, until there is a screen for it: lifting a login lock. */
@RestController
class AccountsController {

    private final LoginThrottle throttle;
    private final StaffAccounts accounts;

    AccountsController(LoginThrottle throttle, StaffAccounts accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    /** @param unlocked whether there was a lock (or a failure count) to lift */
    record UnlockResponse(String username, boolean unlocked, String message) {
    }

    @PostMapping(path = "/api/v1/admin/accounts/{username}/unlock", produces = MediaType.APPLICATION_JSON_VALUE)
    UnlockResponse unlock(@PathVariable String username) {
        boolean unlocked = throttle.unlock(username);
        // after the throttle's own role check: only an admin learns whether an account exists
        if (!unlocked && !accounts.existsById(username)) {
            throw new ApiProblems.NotFound(Messages.nl("api.accounts.unknown", Echo.of(username)));
        }
        return new UnlockResponse(username, unlocked,
                Messages.nl(unlocked ? "api.accounts.unlocked" : "api.accounts.notLocked", username));
    }
}
