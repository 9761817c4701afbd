package nl.aanwezig.cases.family;

import nl.aanwezig.security.Role;

/** Who a family member is to the child: a parent (or carer) or the pupil themselves. */
public enum FamilyKind {
    PARENT, PUPIL;

    /** The role of the account a member of this kind logs in with. */
    public Role role() {
        return this == PARENT ? Role.OUDER : Role.LEERLING;
    }
}
