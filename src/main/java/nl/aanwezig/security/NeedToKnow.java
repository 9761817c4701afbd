package nl.aanwezig.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What each role sees of a pupil it may open (need to know), written down once. {@link AccessPolicy} combines it with
 * whether the user may open the pupil at all; every screen and API that shows a pupil asks there, so a rule changed
 * here changes everywhere (shared case, pupil page, pyramid, signals). Partners see a case only from the moment they
 * joined; school staff see all of it.
 */
public final class NeedToKnow {

    /** The parts of a pupil's dossier and shared case. */
    public enum Part {
        /** Stage of the route and the regievoerder. */
        STAGE,
        /** Who takes part (role and organisation) and the parents' consent. */
        PARTICIPANTS,
        /** The attendance figures: the weekly line, percentages and bands (so also a pyramid's named pupils). */
        ATTENDANCE,
        /** Signals (empty chairs, DUO, M@ZL, band changes): the timeline's signal entries and the signal lists. */
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
        MEDICAL_NOTES,
        /**
         * The SAT's analysis (factors, hypotheses, the pupil's and the parents' view): the school's own work; the
         * shared plan does not carry it, so partners do not see it.
         */
        SAT_ANALYSIS
    }

    private static final Map<Role, Set<Part>> SEES = new EnumMap<>(Role.class);

    static {
        Set<Part> common = EnumSet.of(Part.STAGE, Part.PARTICIPANTS, Part.PLAN, Part.TIMELINE, Part.CONTRIBUTIONS);
        Set<Part> school = with(common, Part.ATTENDANCE, Part.SIGNALS, Part.CONVERSATIONS, Part.SAT_ANALYSIS);
        SEES.put(Role.MENTOR, school);
        SEES.put(Role.OC, school);
        SEES.put(Role.LEERPLICHT, with(common, Part.ATTENDANCE, Part.SIGNALS, Part.CONVERSATIONS));
        SEES.put(Role.JEUGDARTS, with(common, Part.ATTENDANCE, Part.SIGNALS, Part.CONVERSATIONS, Part.MEDICAL_NOTES));
        SEES.put(Role.SWV, with(common));
        SEES.put(Role.COACH, with(common, Part.CONVERSATIONS));
        // the admin manages accounts and schools and opens no pupil; care providers take part without an account;
        // parents and the pupil (OUDER, LEERLING) never open a staff dossier: their own family pages show what
        // nl.aanwezig.cases.family.FamilyAccess lets them see
    }

    private NeedToKnow() {
    }

    private static Set<Part> with(Set<Part> base, Part... more) {
        Set<Part> s = EnumSet.copyOf(base);
        s.addAll(Set.of(more));
        return Set.copyOf(s);
    }

    /**
     * What the role sees of a pupil it may open; empty for roles that open none. Whether the user may open this
     * pupil at all is {@link AccessPolicy#parts}'s question: ask there when a pupil is at hand.
     */
    public static Set<Part> of(Role role) {
        return role == null ? Set.of() : SEES.getOrDefault(role, Set.of());
    }

    public static boolean sees(Role role, Part part) {
        return of(role).contains(part);
    }
}
