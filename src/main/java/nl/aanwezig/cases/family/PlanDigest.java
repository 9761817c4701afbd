package nl.aanwezig.cases.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.aanwezig.cases.sharing.SharedPlan;

/**
 * The fingerprint of a plan's action part (its goals and interventions with owners, dates and targets): what the
 * family agreed to. A material change gives another digest, and so asks them again; the evaluation date, the wishes
 * or a typo elsewhere in the plan do not.
 */
final class PlanDigest {

    private PlanDigest() {
    }

    static String of(SharedPlan plan) {
        StringBuilder text = new StringBuilder();
        for (SharedPlan.Goal g : plan.goals()) {
            text.append("G\u001f").append(g.domain()).append('\u001f').append(g.description()).append('\u001f')
                    .append(g.measure()).append('\u001f').append(g.targetPct() == null ? "" : g.targetPct().stripTrailingZeros().toPlainString())
                    .append('\u001e');
        }
        for (SharedPlan.Intervention i : plan.interventions()) {
            text.append("I\u001f").append(i.description()).append('\u001f').append(i.owner()).append('\u001f')
                    .append(i.startsOn()).append('\u001f').append(i.durationWeeks()).append('\u001e');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
