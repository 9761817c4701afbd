package nl.aanwezig.chainreview.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.Category;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.figures.RegionReport;

/** The report's sections after its head: figures, the pupils (pseudonymised), rode draad, actions, additions. */
final class ReportSections {

    private ReportSections() {
    }

    /** Thuiszitters per category (each category, also at 0) and the discussed cases per stage. */
    static void figures(ReportPdf pdf, List<ReviewView.Item> items) {
        pdf.heading(Messages.nl("chainreview.report.figures"));
        pdf.subheading(Messages.nl("chainreview.report.perCategory"));
        List<List<String>> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            long n = items.stream().filter(i -> c.code().equals(i.category())).count();
            categories.add(List.of(c.code(), RegistrationColumns.categoryText(c.code()), Long.toString(n)));
        }
        pdf.table(List.of(Messages.nl("chainreview.report.col.category"), "", Messages.nl("chainreview.report.count")),
                new float[] {1, 6, 1}, categories);
        pdf.subheading(Messages.nl("chainreview.report.perStage"));
        Map<String, Long> stages = ReviewReport.counted(items, i -> stage(i.stage()));
        pdf.table(List.of(Messages.nl("chainreview.report.col.stage"), Messages.nl("chainreview.report.count")),
                new float[] {6, 1}, stages.entrySet().stream()
                        .map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList());
    }

    /** Each school's pyramid side by side, as shares and counts (no names): comparing to learn, not to compete. */
    static void pyramids(ReportPdf pdf, List<RegionReport.SchoolPyramid> pyramids) {
        pdf.subheading(Messages.nl("chainreview.report.pyramids"));
        List<List<String>> rows = new ArrayList<>();
        for (RegionReport.SchoolPyramid p : pyramids) {
            List<String> row = new ArrayList<>(List.of(p.school() + " (" + p.sector() + ")"));
            for (Band band : Band.values()) {
                row.add(Messages.nl("chainreview.report.share", percent(p.pyramid().share(band)),
                        p.pyramid().count(band)));
            }
            rows.add(row);
        }
        pdf.table(List.of(Messages.nl("chainreview.report.col.school"), Messages.nl("band.GREEN"),
                Messages.nl("band.YELLOW"), Messages.nl("band.ORANGE"), Messages.nl("band.RED")),
                new float[] {4, 2, 2, 2, 2}, rows);
    }

    private static String percent(BigDecimal share) {
        // rounded down: a share just under a cut-off never shows as the cut-off
        return share == null ? "–" : share.setScale(1, java.math.RoundingMode.FLOOR).toPlainString().replace('.', ',');
    }

    /** One row per pupil: the pseudonym (never the name), facts, the two answers and the pupil's actions. */
    static void pupils(ReportPdf pdf, List<ReviewView.Item> items, List<ReviewView.Action> actions) {
        pdf.heading(Messages.nl("chainreview.report.pupils"));
        List<String> headers = List.of(Messages.nl("chainreview.report.col.pupil"),
                Messages.nl("chainreview.report.col.school"), Messages.nl("chainreview.report.col.sector"),
                Messages.nl("chainreview.report.col.age"), Messages.nl("chainreview.report.col.category"),
                Messages.nl("chainreview.report.col.stage"), Messages.nl("chainreview.report.col.trend"),
                Messages.nl("chainreview.report.goodThings"), Messages.nl("chainreview.report.rightPeople"),
                Messages.nl("chainreview.report.col.actions"));
        List<List<String>> rows = items.stream().map(i -> List.of(
                Messages.nl("chainreview.report.pupil", i.pseudonym()), text(i.school()), text(i.sector()),
                i.age() == null ? "" : i.age().toString(), text(i.category()), i.stage() == null ? "" : stage(i.stage()),
                trend(i.trend()), text(i.goodThings()), text(i.rightPeople()),
                actions.stream().filter(a -> Objects.equals(a.itemId(), i.id())).map(ReportSections::actionLine)
                        .reduce((a, b) -> a + "\n" + b).orElse(""))).toList();
        pdf.table(headers, new float[] {2.3f, 2.4f, 1.3f, 1.4f, 1.7f, 2.4f, 1.6f, 3.6f, 3.6f, 4.2f}, rows);
    }

    static void themes(ReportPdf pdf, List<ReviewView.Theme> themes) {
        pdf.heading(Messages.nl("chainreview.report.themes"));
        if (themes.isEmpty()) {
            pdf.text(null);
        }
        for (ReviewView.Theme t : themes) {
            pdf.labelled(t.theme(), Messages.nl("chainreview.report.recommendation", t.recommendation()));
        }
    }

    /** Every action of the review: on a pupil (under their pseudonym), a deadlock, a recommendation to a school. */
    static void actions(ReportPdf pdf, List<ReviewView.Action> actions) {
        pdf.heading(Messages.nl("chainreview.report.actions"));
        pdf.table(List.of(Messages.nl("chainreview.report.col.kind"), Messages.nl("chainreview.report.col.pupil"),
                        Messages.nl("chainreview.report.col.description"), Messages.nl("chainreview.report.col.owner"),
                        Messages.nl("chainreview.report.col.due"), Messages.nl("chainreview.report.col.done")),
                new float[] {1.6f, 1.8f, 6, 2.4f, 1.2f, 4},
                actions.stream().map(a -> List.of(Messages.nl("chainreview.report.kind." + a.kind()),
                        a.subject() != null ? a.subject() : text(a.school()), a.description(), text(a.ownerName()),
                        Messages.date(a.dueOn()), a.doneOn() == null ? ""
                                : Messages.date(a.doneOn()) + (a.outcome() == null ? "" : ": " + a.outcome())))
                        .toList());
    }

    static void additions(ReportPdf pdf, List<ReviewView.Addition> additions) {
        pdf.heading(Messages.nl("chainreview.report.additions"));
        if (additions.isEmpty()) {
            pdf.text(null);
        }
        for (ReviewView.Addition a : additions) {
            pdf.text(Messages.nl("chainreview.report.addition", a.text(), a.addedBy(),
                    Messages.date(a.addedAt().atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toLocalDate())));
        }
    }

    static String actionLine(ReviewView.Action a) {
        return Messages.nl("chainreview.report.actionLine", a.description(), text(a.ownerName()),
                Messages.date(a.dueOn()));
    }

    private static String stage(String stage) {
        return stage == null ? Messages.nl("chainreview.report.noStage") : Messages.nl("stage." + stage);
    }

    private static String trend(BigDecimal trend) {
        return trend == null ? "" : (trend.signum() > 0 ? "+" : "") + trend.toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
