package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.aanwezig.chainreview.export.RegistrationExport;
import nl.aanwezig.chainreview.export.ReviewReport;

/**
 * The files of the chain review as download links: the thuiszitters registration (XLSX, the Inspectie's original file
 * format, and CSV) and a review's report (PDF). The services check access and audit when the file is made.
 */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static Anchor registration(RegistrationExport export, long regionId, boolean xlsx, String label, LocalDate today) {
        String name = "thuiszitters-" + regionId + "-" + today + (xlsx ? ".xlsx" : ".csv");
        Anchor a = new Anchor(file(out -> {
            if (xlsx) {
                export.xlsx(regionId, out);
            } else {
                export.csv(regionId, out);
            }
        }, name, xlsx ? XLSX : "text/csv;charset=UTF-8"), label);
        a.addClassName(xlsx ? "download-xlsx" : "download-csv");
        return a;
    }

    static Anchor report(ReviewReport report, long reviewId, String quarter, String label) {
        Anchor a = new Anchor(file(out -> report.pdf(reviewId, out), "ketenoverleg-" + quarter + ".pdf",
                "application/pdf"), label);
        a.addClassName("download-pdf");
        return a;
    }

    private static DownloadHandler file(Consumer<ByteArrayOutputStream> write, String name, String type) {
        return DownloadHandler.fromInputStream(e -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write.accept(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        });
    }
}
