package nl.aanwezig.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // a disabled account is refused like an unknown one: same answer, and the failure is counted and audited
        return accounts.findById(username.trim().toLowerCase())
                .filter(StaffAccount::enabled)
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
