package nl.aanwezig.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * A link that downloads a PDF the service writes when it is clicked (the service checks access and audits then, in
 * the download's own request), as the chain review's report does.
 */
public final class PdfDownload {

    private PdfDownload() {
    }

    /** A download link named {@code file} with the text {@code label}; {@code write} writes the PDF. */
    public static Anchor link(String label, String file, Consumer<OutputStream> write) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write.accept(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "application/pdf", bytes.length);
        }), label);
        a.addClassName("download-pdf");
        a.getElement().setAttribute("theme", "button");
        return a;
    }
}
