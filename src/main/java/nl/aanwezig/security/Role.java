package nl.aanwezig.security;

/** The roles of the route. Names are the Spring Security authorities without the ROLE_ prefix. */
public enum Role {
    MENTOR, OC, LEERPLICHT, JEUGDARTS, SWV,
    /** Jeugd- en gezinscoach: a partner not bound to a school who sees only the cases they were invited to. */
    COACH,
    ADMIN;

    /** Roles that are bound to one school; the others work across schools on shared cases. */
    public boolean schoolBound() {
        return this == MENTOR || this == OC;
    }

    /** The BPMN candidate group that stands for this role. */
    public String candidateGroup() {
        return name().toLowerCase();
    }
}
