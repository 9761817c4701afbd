package nl.aanwezig.chainreview.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.chainreview.figures.RegionReport.Counts;
import nl.aanwezig.chainreview.figures.RegionReport.Movement;
import nl.aanwezig.chainreview.figures.RegionReport.SchoolMedian;
import nl.aanwezig.chainreview.figures.RegionReport.StageQuarter;
import nl.aanwezig.chainreview.figures.RegionReport.ThuisQuarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The region's figures per quarter, from its reviews' snapshots (chain_review_item) and the registration (thuiszitter).
 * A quarter is a review's label ("2027-Q2"); a status date falls in the calendar quarter of that name.
 */
@Repository
class QuarterFigures {

    /** A review of the region: its id and quarter, oldest first. */
    record Review(long id, String quarter) {
    }

    private final JdbcTemplate jdbc;

    QuarterFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Review> reviews(long regionId) {
        return jdbc.query("select id, quarter from chain_review where region_id = ? order by prepared_at, id",
                (rs, i) -> new Review(rs.getLong(1), rs.getString(2)), regionId);
    }

    /**
     * Per quarter and category: entered (the review that first entered the subject, in the category that review gave
     * it), solved (status other than OPEN with a status date in the quarter, in its last category), open (counted by
     * the quarter's review); and the open ones in 2b.
     */
    List<ThuisQuarter> thuiszitters(long regionId) {
        Map<String, Map<String, int[]>> cells = new TreeMap<>();
        for (Review r : reviews(regionId)) {
            cells.put(r.quarter(), new HashMap<>());
        }
        jdbc.query("""
                select f.quarter, coalesce(i.category, t.category), count(*) from thuiszitter t
                join chain_review f on f.id = t.first_review_id
                left join chain_review_item i on i.review_id = t.first_review_id and i.subject_id = t.subject_id
                where t.region_id = ? group by 1, 2""", rs -> {
            cell(cells, rs.getString(1), rs.getString(2))[0] = rs.getInt(3);
        }, regionId);
        jdbc.query("""
                select t.category, t.status_on from thuiszitter t
                where t.region_id = ? and t.status <> 'OPEN' and t.status_on is not null""", rs -> {
            cell(cells, quarter(rs.getDate(2).toLocalDate()), rs.getString(1))[1]++;
        }, regionId);
        jdbc.query("""
                select r.quarter, i.category, count(*) from chain_review_item i join chain_review r on r.id = i.review_id
                where r.region_id = ? and i.category is not null group by 1, 2""", rs -> {
            cell(cells, rs.getString(1), rs.getString(2))[2] = rs.getInt(3);
        }, regionId);
        List<ThuisQuarter> out = new ArrayList<>();
        cells.forEach((quarter, byCategory) -> {
            Map<String, Counts> counts = new LinkedHashMap<>();
            RegionReport.CATEGORIES.forEach(c -> {
                int[] n = byCategory.getOrDefault(c, new int[3]);
                counts.put(c, new Counts(n[0], n[1], n[2]));
            });
            out.add(new ThuisQuarter(quarter, counts, counts.get("2B").open()));
        });
        return out;
    }

    /** Subjects per stage in each review (subjects without a case left out). */
    List<StageQuarter> stages(long regionId) {
        Map<String, Map<String, Integer>> byQuarter = new LinkedHashMap<>();
        reviews(regionId).forEach(r -> byQuarter.put(r.quarter(), new LinkedHashMap<>()));
        jdbc.query("""
                select r.quarter, i.stage, count(*) from chain_review_item i join chain_review r on r.id = i.review_id
                where r.region_id = ? and i.stage is not null group by 1, 2 order by 1, 2""", rs -> {
            byQuarter.get(rs.getString(1)).put(rs.getString(2), rs.getInt(3));
        }, regionId);
        return byQuarter.entrySet().stream().map(e -> new StageQuarter(e.getKey(), e.getValue())).toList();
    }

    /** Each subject's stage in the previous review against the latest; without a previous review all are new. */
    List<Movement> movement(Long previousId, long latestId) {
        return jdbc.query("""
                select case when p.subject_id is null then 'NEW' else coalesce(p.stage, 'NONE') end from_stage,
                       case when c.subject_id is null then 'GONE' else coalesce(c.stage, 'NONE') end to_stage, count(*)
                from (select subject_id, stage from chain_review_item where review_id = ?) p
                full join (select subject_id, stage from chain_review_item where review_id = ?) c
                  on c.subject_id = p.subject_id
                group by 1, 2 order by 3 desc, 1, 2""", (rs, i) -> new Movement(rs.getString(1), rs.getString(2),
                rs.getInt(3)), previousId == null ? -1L : previousId, latestId);
    }

    /**
     * Per school of the region, the median days from first signal (the case's opening) to plan (its first support plan)
     * over the latest review's cases that have both, as the review saw them; cases without a plan counted apart.
     */
    List<SchoolMedian> medians(long regionId, long latestId) {
        return jdbc.query("""
                select s.id, s.name,
                       percentile_cont(0.5) within group (order by greatest(0, i.plan_on - i.first_signal_on))
                           filter (where i.plan_on is not null and i.first_signal_on is not null),
                       count(*) filter (where i.plan_on is not null and i.first_signal_on is not null),
                       count(*) filter (where i.case_id is not null and i.plan_on is null)
                from school s left join chain_review_item i on i.school_id = s.id and i.review_id = ?
                where s.region_id = ? group by s.id, s.name order by s.name""", (rs, i) -> {
            Double median = (Double) rs.getObject(3);
            return new SchoolMedian(rs.getLong(1), rs.getString(2),
                    median == null ? null : java.math.BigDecimal.valueOf(median).setScale(1, java.math.RoundingMode.HALF_UP), rs.getInt(4),
                    rs.getInt(5));
        }, latestId, regionId);
    }

    private static int[] cell(Map<String, Map<String, int[]>> cells, String quarter, String category) {
        return cells.computeIfAbsent(quarter, q -> new HashMap<>()).computeIfAbsent(category, c -> new int[3]);
    }

    /** The calendar quarter of a day, as reviews are labelled: "2027-Q1". */
    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
