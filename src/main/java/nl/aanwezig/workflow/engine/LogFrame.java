package nl.aanwezig.workflow.engine;

/**
 * Where one batch of the engine log lies: its segment, the offset of its payload (after the frame header), the
 * payload's length and the highest position in the batch. The batch's lowest position is the key it is filed under.
 */
record LogFrame(LogSegment segment, long offset, int length, long highest) {
}
