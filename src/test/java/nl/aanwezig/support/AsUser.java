package nl.aanwezig.support;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as one of the fixture's users, then logs out again. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(String username, String role, Supplier<T> work) {
        var auth = new UsernamePasswordAuthenticationToken(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(String username, String role, Runnable work) {
        call(username, role, () -> {
            work.run();
            return null;
        });
    }
}
