package nl.aanwezig.cases.family;

import java.util.Set;
import nl.aanwezig.security.CurrentUser;

/**
 * A family member at one child: who acts, through which link, the child's age today, the case the family pages show
 * (the open one, else the latest; null before any) and the parts this member sees.
 */
public record FamilyMember(CurrentUser user, FamilyLink link, long pupilId, String childFirstName, long schoolId,
                           int age, Long caseId, boolean caseOpen,
                           Set<FamilyPart> parts) {

    public boolean sees(FamilyPart part) {
        return parts.contains(part);
    }

    public boolean isPupil() {
        return link.kind() == FamilyKind.PUPIL;
    }
}
