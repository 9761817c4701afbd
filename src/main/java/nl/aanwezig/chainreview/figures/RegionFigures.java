package nl.aanwezig.chainreview.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.chainreview.ReviewParticipants;
import nl.aanwezig.chainreview.figures.QuarterFigures.Review;
import nl.aanwezig.chainreview.figures.RegionReport.SchoolPyramid;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region figures of the chain review, for everyone who takes part in it (SWV, leerplicht, jeugdartsen, the OCs of
 * the region's schools): counts only, never a name; "vergelijken om te leren, niet om te wedijveren". Every read is
 * audited. The pyramids are the attendance module's own (one breakdown of the region by school), over the current
 * school year; the rest comes from the reviews' snapshots, so it shows what each review saw.
 */
@Service
public class RegionFigures {

    public static final String READ = "REGION_FIGURES_READ";

    private final JdbcTemplate jdbc;
    private final ReviewParticipants participants;
    private final QuarterFigures quarters;
    private final FiguresService figures;
    private final AuditLog audit;
    private final Clock clock;

    RegionFigures(JdbcTemplate jdbc, ReviewParticipants participants, QuarterFigures quarters, FiguresService figures,
                  AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.quarters = quarters;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures of a region; refused (AccessDeniedException, audited) unless the user takes part in its reviews. */
    @Transactional(readOnly = true)
    public RegionReport report(long regionId) {
        CurrentUser user = participants.require(regionId, "region figures");
        String region = jdbc.queryForObject("select name from region where id = ?", String.class, regionId);
        int year = Period.schoolYearOf(LocalDate.now(clock));
        List<Review> reviews = quarters.reviews(regionId);
        Review latest = reviews.isEmpty() ? null : reviews.getLast();
        Review previous = reviews.size() < 2 ? null : reviews.get(reviews.size() - 2);
        RegionReport report = new RegionReport(regionId, region, year, pyramids(regionId, year),
                quarters.thuiszitters(regionId), latest == null ? null : latest.quarter(),
                latest == null ? List.of() : quarters.medians(regionId, latest.id()), quarters.stages(regionId),
                previous == null ? null : previous.quarter(),
                latest == null ? List.of() : quarters.movement(previous == null ? null : previous.id(), latest.id()));
        audit.record(user, null, READ, true, "region " + regionId + " (" + reviews.size() + " reviews)");
        return report;
    }

    /** Each school of the region beside the others, from one breakdown of the region by school. */
    private List<SchoolPyramid> pyramids(long regionId, int year) {
        Map<Long, Pyramid> bySchool = figures.breakdown(new Scope.OfRegion(regionId), Period.schoolYear(year),
                FiguresService.GroupBy.SCHOOL).groups();
        Pyramid empty = new Pyramid(Map.of(), 0);
        return jdbc.query("select id, name, sector from school where region_id = ? order by name", (rs, i) ->
                new SchoolPyramid(rs.getLong(1), rs.getString(2), rs.getString(3),
                        bySchool.getOrDefault(rs.getLong(1), empty)), regionId);
    }
}
