package nl.aanwezig.attendance.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Rows of the first sheet of an XLSX workbook, streamed by fastexcel-reader: rows are parsed one at a
 * time. (fastexcel keeps the compressed package itself in memory because a zip needs random access; that
 * is a fraction of the file size, the uncompressed sheet is never held.)
 *
 * <p>Numbers in date columns are Excel serial dates, in time columns fractions of a day; they are
 * rendered as ISO dates and {@code HH:MM} so that parsing is the same as for CSV.
 */
final class XlsxRows implements RawRows {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final RawRow header;
    private List<CellKind> kinds = List.of();

    /** @throws IOException also when the ZIP is no XLSX workbook fastexcel can open (its own runtime exceptions) */
    XlsxRows(InputStream in) throws IOException {
        try {
            workbook = new ReadableWorkbook(in);
        } catch (RuntimeException e) {
            throw new IOException("not an XLSX workbook: " + e, e);
        }
        try {
            stream = workbook.getFirstSheet().openStream();
        } catch (RuntimeException e) {
            workbook.close();
            throw new IOException("not an XLSX workbook: " + e, e);
        }
        rows = stream.iterator();
        header = rows.hasNext() ? toRow(rows.next()) : null;
    }

    @Override
    public RawRow header() {
        return header;
    }

    @Override
    public void useKinds(List<CellKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public RawRow next() {
        if (!rows.hasNext()) {
            throw new NoSuchElementException();
        }
        return toRow(rows.next());
    }

    private RawRow toRow(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i), i < kinds.size() ? kinds.get(i) : CellKind.TEXT));
        }
        return new RawRow(row.getRowNum(), cells);
    }

    private String text(Cell cell, CellKind kind) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell.asNumber(), kind);
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nee";
            case STRING -> cell.asString();
            case EMPTY -> "";
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private String number(BigDecimal value, CellKind kind) {
        return switch (kind) {
            case DATE -> (workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900)
                    .plusDays(value.setScale(0, RoundingMode.FLOOR).longValueExact()).toString();
            case TIME -> timeOfDay(value).toString();
            // pupil numbers and minutes are whole numbers; Excel stores them as decimals
            case TEXT -> value.stripTrailingZeros().toPlainString();
        };
    }

    /** The time part of a serial date-time, rounded to the minute (Excel stores 08:30 as 0.354166...). */
    private static LocalTime timeOfDay(BigDecimal value) {
        BigDecimal fraction = value.subtract(value.setScale(0, RoundingMode.FLOOR));
        int minutes = fraction.multiply(MINUTES_PER_DAY).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return LocalTime.MIN.plusMinutes(minutes % (24 * 60));
    }

    @Override
    public void close() throws IOException {
        try (workbook) {
            stream.close();
        }
    }
}
