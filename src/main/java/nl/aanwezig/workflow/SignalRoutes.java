package nl.aanwezig.workflow;

import java.util.Map;

/** Which route a signal starts. The empty chair's route starts with the case itself (CaseOpened). */
final class SignalRoutes {

    static final String MAZL = "mazl";
    static final String DUO = "duo-melding";
    static final String BAND = "band-review";
    /** Signaal zorgelijk verzuim: the OC decides whether to pass it on to leerplicht. */
    static final String CONCERN = "zorgelijk-verzuim";
    /** The DUO route's report task: one open report per case at a time (see RouteStarter). */
    static final String DUO_REPORT = "duo-report";

    private static final Map<String, String> BY_SIGNAL = Map.of(
            "MAZL", MAZL, "DUO_16H", DUO, "LUXE", DUO, "LRV", DUO, "BAND_CHANGE", BAND, "CONCERN", CONCERN);

    private SignalRoutes() {
    }

    static String processFor(String signalType) {
        return BY_SIGNAL.get(signalType);
    }
}
