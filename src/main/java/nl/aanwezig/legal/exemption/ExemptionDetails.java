package nl.aanwezig.legal.exemption;

import java.util.List;

/**
 * An exemption dossier to show: the exemption, its pupil, the panel's reviews, and whether this user may read the
 * medical grounds (only a jeugdarts; they are fetched apart).
 */
public record ExemptionDetails(Exemption exemption, String pupilName, String leerling, String schoolBrin,
                               List<Review> reviews, boolean medicalReadable, boolean mayDecide) {
}
