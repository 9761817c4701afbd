package nl.aanwezig.security;

/** The roles of the route. Names are the Spring Security authorities without the ROLE_ prefix. */
public enum Role {
    MENTOR, OC, LEERPLICHT, JEUGDARTS, SWV,
    /** Jeugd- en gezinscoach: a partner not bound to a school who sees only the cases they were invited to. */
    COACH,
    ADMIN,
    /**
     * Schoolleiding (issue #21): bound to one school, sees its figures and the escalations about the school's own
     * deadlines; never a pupil's dossier.
     */
    DIRECTIE,
    /** A parent (or carer) invited to their child's case; sees only the family pages of the children linked to them. */
    OUDER,
    /** A pupil of 12 or older invited to their own case; sees only their own family pages. */
    LEERLING;

    /** The roles the admin gives accounts; family accounts are made by an invitation to a child's case only. */
    public static java.util.List<Role> staff() {
        return java.util.Arrays.stream(values()).filter(r -> !r.family()).toList();
    }

    /** Family accounts: invited to a child's case, never bound to a school, region or another pupil. */
    public boolean family() {
        return this == OUDER || this == LEERLING;
    }

    /** Roles that are bound to one school; the others work across schools on shared cases. */
    public boolean schoolBound() {
        return this == MENTOR || this == OC || this == DIRECTIE;
    }

    /** School staff who work on the school's cases (and so may be in its SAT or be a case's regievoerder). */
    public boolean schoolCaseStaff() {
        return this == MENTOR || this == OC;
    }

    /** The BPMN candidate group that stands for this role. */
    public String candidateGroup() {
        return name().toLowerCase();
    }
}
