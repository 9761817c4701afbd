package nl.aanwezig.cases.sharing;

import nl.aanwezig.security.Role;

/** The roles people play in a case, with or without an account. */
public enum ParticipantRole {
    SCHOOL_STAFF, LEERPLICHT, JEUGDARTS, SWV_CONSULTANT, YOUTH_COACH, CARE_PROVIDER, PARENT, PUPIL;

    /** The participant role of an account, or null for a role that takes no part in cases (admin). */
    public static ParticipantRole of(Role role) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case MENTOR, OC -> SCHOOL_STAFF;
            case LEERPLICHT -> LEERPLICHT;
            case JEUGDARTS -> JEUGDARTS;
            case SWV -> SWV_CONSULTANT;
            case COACH -> YOUTH_COACH;
            case ADMIN, DIRECTIE -> null;
            case OUDER -> PARENT;
            case LEERLING -> PUPIL;
        };
    }

    /**
     * Leerplicht's access is statutory (Leerplichtwet: the school reports absence to DUO and leerplicht acts on it),
     * so it needs no consent of the parents; every other partner outside the school does.
     */
    public boolean statutory() {
        return this == LEERPLICHT;
    }

    /** The partners from outside the school: sharing with them is what consent is about. */
    public boolean outsideSchool() {
        return this != SCHOOL_STAFF && this != PARENT && this != PUPIL;
    }

    /** Roles of people who take part without an account (a contact of the case). */
    public boolean withoutAccount() {
        return this == PARENT || this == PUPIL || this == CARE_PROVIDER || this == YOUTH_COACH;
    }
}
