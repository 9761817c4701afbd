package nl.aanwezig.base.pdf;

import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 portrait document of headings, paragraphs and plain tables, for people to print or send: the same building
 * blocks as the chain review's report, in portrait. Empty text is left out, never printed as "null".
 */
public final class PdfDocument implements AutoCloseable {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

    private final Document document;

    /** A document with {@code margin} points around (a letter keeps room for an envelope window: 56). */
    public PdfDocument(OutputStream out, String title, float margin) {
        document = new Document(PageSize.A4, margin, margin, margin, margin);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Aanwezig");
        document.open();
    }

    public PdfDocument(OutputStream out, String title) {
        this(out, title, 42);
    }

    public void title(String text) {
        Paragraph p = new Paragraph(text, TITLE);
        p.setSpacingAfter(8);
        document.add(p);
    }

    public void heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    /** A paragraph; several lines keep their line breaks. Blank text adds nothing. */
    public void text(String text) {
        if (text != null && !text.isBlank()) {
            document.add(new Paragraph(text, TEXT));
        }
    }

    /** An empty line. */
    public void space() {
        document.add(new Paragraph(" ", TEXT));
    }

    /** A label in bold with its text after it on the same line. */
    public void labelled(String label, String text) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", BOLD));
        p.add(new Phrase(text == null ? "" : text, TEXT));
        document.add(p);
    }

    public void small(String text) {
        Paragraph p = new Paragraph(text, SMALL);
        p.setSpacingBefore(12);
        document.add(p);
    }

    /** A table with a header row repeated on every page; widths relative, one per header; {@code empty} when none. */
    public void table(List<String> headers, float[] widths, List<List<String>> rows, String empty) {
        if (rows.isEmpty()) {
            text(empty);
            return;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    @Override
    public void close() {
        document.close();
    }
}
