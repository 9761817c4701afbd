package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.Component;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.base.ui.Notifications;

/** The notification that sums up a finished import; the details are in the result panel. */
final class ImportNotices {

    private ImportNotices() {
    }

    /** A refusal for unknown codes or a removal to confirm says so, rather than only counting rejected lines. */
    static void finished(Component texts, ImportResult done) {
        if (done.needsConfirmation()) {
            Notifications.error(texts.getTranslation("absroute.import.confirmRemoval", done.export().lessonsToRemove()));
        } else if (done.refused() && done.export() != null && !done.export().unknownCodes().isEmpty()) {
            Notifications.error(texts.getTranslation("absroute.import.refusedCodes", done.export().unknownCodes().size()));
        } else if (done.refused()) {
            Notifications.error(texts.getTranslation("import.refused", done.rejected()));
        } else {
            Notifications.success(texts.getTranslation("import.done", done.accepted(), done.unchanged(), done.rejected()));
        }
    }
}
