package nl.aanwezig.admin;

import nl.aanwezig.security.Role;

/** A staff account as the administration shows it: never its password or hash. */
public record AccountInfo(String username, String displayName, Role role, String school, String region,
                          boolean enabled, String organisation) {
}
