package nl.aanwezig.legal.exemption;

import java.util.List;

/**
 * An exemption dossier to show: the exemption, its pupil, the panel's reviews, the decisions made (first and corrected), and whether this user may read the
 * medical grounds (only a jeugdarts; they are fetched apart).
 */
public record ExemptionDetails(Exemption exemption, String pupilName, String leerling, String schoolBrin,
                               List<Review> reviews, boolean medicalReadable, boolean mayDecide,
                               List<DecisionEntry> decisions) {

    /** Whether this user may correct the decision: leerplicht who decides here, once there is a decision. */
    public boolean mayCorrect() {
        return mayDecide && exemption.outcome() != Outcome.PENDING;
    }
}
