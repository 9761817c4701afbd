package nl.aanwezig.attendance.importing;

/**
 * An absence export that would remove more registered lessons than it may without asking: thrown out of the import's
 * transaction so that everything it did is rolled back, and answered with its {@link #result()}.
 */
class RemovalNotConfirmed extends RuntimeException {

    private final transient ImportResult result;

    RemovalNotConfirmed(ImportResult result) {
        super(null, null, false, false);
        this.result = result;
    }

    ImportResult result() {
        return result;
    }
}
