package nl.aanwezig.workflow.engine;

/**
 * A short wait between two polls of the engine (replay done, log durable), which offers no callback for either.
 * An interrupt ends the wait and stays set, so the caller's loop sees it at its next blocking call.
 */
final class Pause {

    static void millis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Pause() {
    }
}
