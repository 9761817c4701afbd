package nl.aanwezig.legal.duo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's absence per month and category as CSV or XLSX. Authorised and unauthorised minutes come from the
 * stored month figures (attendance_month, which already count an approved onderwijstijd deviation); the month
 * figures do not keep the reason, so the split per reason is summed from the registrations of the month.
 */
@Service
public class AbsenceExportService {

    static final String AUTHORISED = "geoorloofd";
    static final String UNAUTHORISED = "ongeoorloofd";

    private final JdbcTemplate jdbc;
    private final Schools schools;
    private final CurrentUsers users;

    AbsenceExportService(JdbcTemplate jdbc, Schools schools, CurrentUsers users) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.users = users;
    }

    /** The school year starting in August of {@code startYear}; only for the school's own OC. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional(readOnly = true)
    public AbsenceExport of(long schoolId, int startYear) {
        CurrentUser user = users.require();
        if (user.schoolId() == null || user.schoolId() != schoolId) {
            throw new AccessDeniedException("the absence export of school " + schoolId + " is not for " + user.username());
        }
        School school = schools.findById(schoolId).orElseThrow();
        LocalDate from = LocalDate.of(startYear, 8, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        Map<LocalDate, long[]> totals = new HashMap<>();
        jdbc.query("""
                select month_start, sum(authorised_absent_min), sum(unauthorised_absent_min) from attendance_month
                where school_id = ? and month_start between ? and ? group by 1""", rs -> {
            totals.put(rs.getDate(1).toLocalDate(), new long[] {rs.getLong(2), rs.getLong(3)});
        }, schoolId, Date.valueOf(from), Date.valueOf(to));
        Map<String, Long> byReason = new HashMap<>();
        jdbc.query("""
                select date_trunc('month', r.lesson_date)::date, r.reason,
                       sum(extract(epoch from (r.end_time - r.start_time)) / 60)::bigint
                from registration r join pupil p on p.id = r.pupil_id
                where p.school_id = ? and r.lesson_date between ? and ? and r.status = 'afwezig' group by 1, 2""", rs -> {
            byReason.put(rs.getDate(1).toLocalDate() + ":" + rs.getString(2), rs.getLong(3));
        }, schoolId, Date.valueOf(from), Date.valueOf(to));
        List<AbsenceExport.Row> rows = new ArrayList<>();
        for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
            long[] t = totals.getOrDefault(month, new long[2]);
            rows.add(new AbsenceExport.Row(month, AUTHORISED, t[0]));
            rows.add(new AbsenceExport.Row(month, UNAUTHORISED, t[1]));
            for (AbsenceReason reason : AbsenceReason.values()) {
                rows.add(new AbsenceExport.Row(month, reason.csvValue(),
                        byReason.getOrDefault(month + ":" + reason.csvValue(), 0L)));
            }
        }
        return new AbsenceExport(school.brin(), startYear, rows);
    }

    /** CSV, semicolon-separated with decimal commas as Dutch spreadsheets read it. */
    public static void csv(AbsenceExport export, OutputStream out) {
        StringBuilder sb = new StringBuilder("brin;maand;categorie;minuten;uren\n");
        for (AbsenceExport.Row r : export.rows()) {
            sb.append(export.brin()).append(';').append(r.month().toString(), 0, 7).append(';').append(r.category())
                    .append(';').append(r.minutes()).append(';')
                    .append(String.valueOf(r.hours()).replace('.', ',')).append('\n');
        }
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same table as one worksheet. */
    public static void xlsx(AbsenceExport export, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Aanwezig", "1.0");
            Worksheet ws = wb.newWorksheet("Verzuim " + export.startYear());
            String[] header = {"brin", "maand", "categorie", "minuten", "uren"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            int row = 1;
            for (AbsenceExport.Row r : export.rows()) {
                ws.value(row, 0, export.brin());
                ws.value(row, 1, r.month().toString().substring(0, 7));
                ws.value(row, 2, r.category());
                ws.value(row, 3, r.minutes());
                ws.value(row, 4, r.hours());
                row++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
