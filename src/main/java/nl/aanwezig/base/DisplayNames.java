package nl.aanwezig.base;

/** Turns a login into the name people know; implemented by the security module. */
@FunctionalInterface
public interface DisplayNames {

    String of(String username);
}
