package nl.aanwezig.chainreview.export;

import java.io.OutputStream;
import java.util.List;
import nl.aanwezig.base.Messages;
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

/** The few building blocks of the report: an A4 landscape document of headings, paragraphs and plain tables. */
final class ReportPdf implements AutoCloseable {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

    private final Document document;

    ReportPdf(OutputStream out, String title) {
        document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Aanwezig");
        document.open();
    }

    void title(String text) {
        Paragraph p = new Paragraph(text, TITLE);
        p.setSpacingAfter(6);
        document.add(p);
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    void text(String text) {
        document.add(new Paragraph(text == null || text.isBlank() ? Messages.nl("chainreview.report.none") : text,
                TEXT));
    }

    /** A label in bold over its text. */
    void labelled(String label, String text) {
        document.add(new Paragraph(label, BOLD));
        text(text);
    }

    /** A bold line over what follows (a table). */
    void subheading(String text) {
        Paragraph p = new Paragraph(text, BOLD);
        p.setSpacingBefore(4);
        document.add(p);
    }

    void small(String text) {
        Paragraph p = new Paragraph(text, SMALL);
        p.setSpacingBefore(12);
        document.add(p);
    }

    /** A table with a header row repeated on every page; widths relative, one per header. */
    void table(List<String> headers, float[] widths, List<List<String>> rows) {
        if (rows.isEmpty()) {
            text(null);
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
