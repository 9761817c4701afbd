package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Well-formed XLSX workbooks that are small on disk and huge unpacked, written streaming (never held in
 * memory): the shapes of the probe's file.
 */
public final class XlsxBombs {

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private XlsxBombs() {
    }

    /** A registrations header, then one row whose first cell holds {@code chars} times 'A'. */
    public static Path oneHugeCell(Path file, long chars) throws IOException {
        return write(file, sheet -> {
            write(sheet, "<row r=\"1\">" + headerCells() + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) 'A');
            for (long left = chars; left > 0; left -= block.length) {
                sheet.write(block, 0, (int) Math.min(block.length, left));
            }
            write(sheet, "</t></is></c></row>");
        });
    }

    /** A registrations header, then {@code rows} identical rows of ordinary cells. */
    public static Path identicalRows(Path file, int rows) throws IOException {
        return write(file, sheet -> {
            write(sheet, "<row r=\"1\">" + headerCells() + "</row>");
            String row = "<row>" + cell("99ZZ") + cell("1") + cell("2031-09-01") + cell("08:30") + cell("09:20")
                    + cell("aanwezig") + "</row>";
            for (int r = 0; r < rows; r++) {
                write(sheet, row);
            }
        });
    }

    private static String headerCells() {
        StringBuilder cells = new StringBuilder();
        for (String name : ImportTestFiles.REGISTRATIONS_HEADER.strip().split(";")) {
            cells.append(cell(name));
        }
        return cells.toString();
    }

    private static String cell(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private interface SheetWriter {
        void write(OutputStream sheet) throws IOException;
    }

    private static Path write(Path file, SheetWriter sheetData) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, SHEET_START);
            sheetData.write(zip);
            write(zip, SHEET_END);
            zip.closeEntry();
        }
        return file;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, xml);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
