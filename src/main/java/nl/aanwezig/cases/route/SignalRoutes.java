package nl.aanwezig.cases.route;

import java.util.Map;
import nl.aanwezig.workflow.BandReviewProcess;
import nl.aanwezig.workflow.ConcernProcess;
import nl.aanwezig.workflow.DuoProcess;
import nl.aanwezig.workflow.MazlProcess;

/** Which route a signal starts. The empty chair's route starts with the case itself (CaseOpened). */
final class SignalRoutes {

    private static final Map<String, String> BY_SIGNAL = Map.of(
            "MAZL", MazlProcess.ID, "DUO_16H", DuoProcess.ID, "LUXE", DuoProcess.ID, "LRV", DuoProcess.ID,
            "BAND_CHANGE", BandReviewProcess.ID, "CONCERN", ConcernProcess.ID);

    private SignalRoutes() {
    }

    static String processFor(String signalType) {
        return BY_SIGNAL.get(signalType);
    }
}
