package nl.aanwezig.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.aanwezig.base.upload.ImportLimits;
import org.springframework.util.unit.DataSize;

/** One file at a time, in Dutch, within the size limit, received through {@link LimitedUpload}. */
public final class UploadSetup {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UploadSetup() {
    }

    public static void configure(Upload upload, LimitedUpload handler, DataSize maxSize, boolean xlsx) {
        configure(upload, handler, maxSize, xlsx, "import.upload", xlsx ? "import.upload.drop" : "absroute.upload.dropCsv");
    }

    /**
     * As the import's upload, with the screen's own labels.
     *
     * @param xlsx    whether XLSX is accepted beside CSV
     * @param addKey  the button's message key
     * @param dropKey the drop area's message key
     */
    public static void configure(Upload upload, LimitedUpload handler, DataSize maxSize, boolean xlsx, String addKey,
                                 String dropKey) {
        upload.setMaxFiles(1);
        if (xlsx) {
            upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", XLSX);
        } else {
            upload.setAcceptedFileTypes(".csv", "text/csv");
        }
        String drop = upload.getTranslation(dropKey);
        upload.setDropLabel(new Span(drop));
        // the browser refuses a file too large before sending it; the server checks again while receiving
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize.toBytes()));
        var i18n = new UploadI18N();
        String add = upload.getTranslation(addKey);
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("import.upload.tooLarge",
                ImportLimits.readable(maxSize))));
        upload.setI18n(i18n);
        // a temp file, not memory: the screen hears of it once it is complete
        upload.setUploadHandler(handler);
    }
}
