package nl.aanwezig.security;

import nl.aanwezig.base.DisplayNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountDisplayNames implements DisplayNames {

    private final StaffAccounts accounts;

    AccountDisplayNames(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public String of(String username) {
        return accounts.findById(username).map(StaffAccount::displayName).orElse(username);
    }
}
