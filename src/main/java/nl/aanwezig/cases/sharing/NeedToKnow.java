package nl.aanwezig.cases.sharing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What each role sees of a shared case (need to know), written down once and enforced by {@link SharedCaseService}.
 * Partners see everything only from the moment they joined the case; school staff see all of it.
 */
public final class NeedToKnow {

    /** The parts of a shared case. */
    public enum Part {
        /** Stage of the route and the regievoerder. */
        STAGE,
        /** Who takes part (role and organisation) and the parents' consent. */
        PARTICIPANTS,
        /** The weekly attendance figures of the school year. */
        ATTENDANCE,
        /** Timeline entries of signals (empty chairs, DUO, M@ZL, band changes) and their details. */
        SIGNALS,
        /** The plan's goals and interventions. */
        PLAN,
        /** The timeline (without the signal entries unless SIGNALS). */
        TIMELINE,
        /** The mentor's conversations with pupil and parents. */
        CONVERSATIONS,
        /** Notes, agreements and parts of the plan of partners and school staff. */
        CONTRIBUTIONS,
        /** The jeugdarts's medical notes. */
        MEDICAL_NOTES
    }

    private static final Map<ParticipantRole, Set<Part>> SEES = new EnumMap<>(ParticipantRole.class);

    static {
        Set<Part> common = EnumSet.of(Part.STAGE, Part.PARTICIPANTS, Part.PLAN, Part.TIMELINE, Part.CONTRIBUTIONS);
        SEES.put(ParticipantRole.SCHOOL_STAFF, with(common, Part.ATTENDANCE, Part.SIGNALS, Part.CONVERSATIONS));
        SEES.put(ParticipantRole.LEERPLICHT, with(common, Part.ATTENDANCE, Part.SIGNALS, Part.CONVERSATIONS));
        SEES.put(ParticipantRole.JEUGDARTS, with(common, Part.ATTENDANCE, Part.SIGNALS, Part.CONVERSATIONS,
                Part.MEDICAL_NOTES));
        SEES.put(ParticipantRole.SWV_CONSULTANT, with(common));
        SEES.put(ParticipantRole.YOUTH_COACH, with(common, Part.CONVERSATIONS));
        // care provider, parents and pupil have no account: they see nothing in the app (yet)
    }

    private NeedToKnow() {
    }

    private static Set<Part> with(Set<Part> base, Part... more) {
        Set<Part> s = EnumSet.copyOf(base);
        s.addAll(Set.of(more));
        return Set.copyOf(s);
    }

    /** What the role sees; empty for roles without an account. */
    public static Set<Part> of(ParticipantRole role) {
        return role == null ? Set.of() : SEES.getOrDefault(role, Set.of());
    }

    public static boolean sees(ParticipantRole role, Part part) {
        return of(role).contains(part);
    }
}
