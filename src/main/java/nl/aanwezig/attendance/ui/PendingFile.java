package nl.aanwezig.attendance.ui;

import java.io.File;

/**
 * An uploaded file the import screen holds back: shown in the preview until "Importeren", or kept by a job that asks
 * to confirm a removal. Whoever takes it over deletes it; a discarded one is deleted here.
 */
final class PendingFile {

    private File file;

    void hold(File file) {
        this.file = file;
    }

    boolean holds(File file) {
        return this.file == file;
    }

    /** The file, now no longer held; {@code null} when none was. */
    File take() {
        File taken = file;
        file = null;
        return taken;
    }

    void discard() {
        if (file != null && !file.delete()) {
            file.deleteOnExit();
        }
        file = null;
    }
}
