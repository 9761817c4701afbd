package nl.aanwezig.chainreview.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.figures.Pyramid;

/**
 * A region's figures for its chain review and its SWV, without a name anywhere: each school's pyramid, the
 * thuiszitters per quarter, days from first signal to plan per school, and the cases per stage and their movement.
 *
 * @param schoolYear    the start year of the school year of the pyramids
 * @param latestQuarter the quarter of the review the medians and the movement are of (null without a review)
 * @param previousQuarter the quarter the movement starts from (null when there is only one review or none)
 */
public record RegionReport(long regionId, String region, int schoolYear, List<SchoolPyramid> pyramids,
                           List<ThuisQuarter> thuiszitters, String latestQuarter, List<SchoolMedian> medians,
                           List<StageQuarter> stages, String previousQuarter, List<Movement> movement) {

    /** The registration's categories in the order the table shows them. */
    public static final List<String> CATEGORIES = List.of("ABS", "2A", "2B", "5A");

    public record SchoolPyramid(long schoolId, String school, String sector, Pyramid pyramid) {
    }

    /** A quarter's thuiszitters: per category, and how many of the open ones are over three months at home (2b). */
    public record ThuisQuarter(String quarter, Map<String, Counts> byCategory, int overThreeMonths) {
        public Counts of(String category) {
            return byCategory.getOrDefault(category, Counts.NONE);
        }
    }

    /**
     * @param entered the subjects the quarter's review entered in the registration for the first time
     * @param solved  the subjects whose status ended their count on a day in the quarter
     * @param open    the subjects the quarter's review counted (still open when it was prepared)
     */
    public record Counts(int entered, int solved, int open) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    /**
     * Days from first signal to plan of a school's cases in the latest review.
     *
     * @param median      null when none of its cases has a plan
     * @param withPlan    cases counted in the median
     * @param withoutPlan cases of the review without a plan yet
     */
    public record SchoolMedian(long schoolId, String school, BigDecimal median, int withPlan, int withoutPlan) {
    }

    /** A quarter's review: how many of its subjects were in each stage (a case's stage code). */
    public record StageQuarter(String quarter, Map<String, Integer> byStage) {
    }

    /**
     * Subjects by their stage in the previous review and in the latest: {@link #NEW} when not in the previous,
     * {@link #GONE} when not in the latest, {@link #NONE} for a subject without a case.
     */
    public record Movement(String from, String to, int count) {
        public static final String NEW = "NEW";
        public static final String GONE = "GONE";
        public static final String NONE = "NONE";
    }
}
