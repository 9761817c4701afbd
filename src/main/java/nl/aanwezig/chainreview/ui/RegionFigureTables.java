package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import nl.aanwezig.chainreview.figures.RegionReport;
import nl.aanwezig.chainreview.figures.RegionReport.Counts;
import nl.aanwezig.chainreview.figures.RegionReport.Movement;
import nl.aanwezig.chainreview.figures.RegionReport.SchoolMedian;
import nl.aanwezig.chainreview.figures.RegionReport.StageQuarter;
import nl.aanwezig.chainreview.figures.RegionReport.ThuisQuarter;

/** The tables of the region figures: thuiszitters per quarter, days to plan per school, stages and their movement. */
class RegionFigureTables {

    final Grid<ThuisQuarter> thuiszitters = new Grid<>();
    final Grid<SchoolMedian> medians = new Grid<>();
    final Grid<StageQuarter> stages = new Grid<>();
    final Grid<Movement> movement = new Grid<>();

    private final BiFunction<String, Object[], String> t;

    RegionFigureTables(BiFunction<String, Object[], String> translate) {
        this.t = translate;
        thuiszitters.addColumn(ThuisQuarter::quarter).setHeader(tr("chainreview.figures.col.quarter"));
        for (String c : RegionReport.CATEGORIES) {
            thuiszitters.addColumn(q -> counts(q.of(c))).setHeader(tr("chainreview.figures.category." + c))
                    .setKey(c).setAutoWidth(true);
        }
        thuiszitters.addColumn(ThuisQuarter::overThreeMonths).setHeader(tr("chainreview.figures.col.overThreeMonths"))
                .setKey("over3");
        medians.addColumn(SchoolMedian::school).setHeader(tr("chainreview.figures.col.school")).setFlexGrow(2);
        medians.addColumn(m -> m.median() == null ? "–" : m.median().stripTrailingZeros().toPlainString()
                .replace('.', ',')).setHeader(tr("chainreview.figures.col.median")).setKey("median");
        medians.addColumn(SchoolMedian::withPlan).setHeader(tr("chainreview.figures.col.withPlan"));
        medians.addColumn(SchoolMedian::withoutPlan).setHeader(tr("chainreview.figures.col.withoutPlan"));
        movement.addColumn(this::movementLabel).setHeader(tr("chainreview.figures.col.movement")).setFlexGrow(2);
        movement.addColumn(Movement::count).setHeader(tr("chainreview.figures.col.count")).setKey("count");
        for (Grid<?> g : List.of(thuiszitters, medians, stages, movement)) {
            g.setAllRowsVisible(true);
        }
    }

    void show(RegionReport r) {
        thuiszitters.setItems(r.thuiszitters());
        medians.setItems(r.medians());
        stages.removeAllColumns();
        stages.addColumn(StageQuarter::quarter).setHeader(tr("chainreview.figures.col.quarter"));
        TreeSet<String> all = new TreeSet<>();
        r.stages().forEach(q -> all.addAll(q.byStage().keySet()));
        for (String stage : all) {
            stages.addColumn(q -> q.byStage().getOrDefault(stage, 0)).setHeader(stage(stage)).setKey(stage);
        }
        stages.setItems(r.stages());
        movement.setItems(r.movement());
    }

    String movementLabel(Movement m) {
        if (Movement.NEW.equals(m.from())) {
            return tr("chainreview.figures.move.new", stage(m.to()));
        }
        if (Movement.GONE.equals(m.to())) {
            return tr("chainreview.figures.move.gone", stage(m.from()));
        }
        if (m.from().equals(m.to())) {
            return tr("chainreview.figures.move.same", stage(m.from()));
        }
        return stage(m.from()) + " → " + stage(m.to());
    }

    private String counts(Counts c) {
        return tr("chainreview.figures.counts", c.entered(), c.solved(), c.open());
    }

    private String stage(String code) {
        return tr("chainreview.figures.stage." + code);
    }

    private String tr(String key, Object... args) {
        return t.apply(key, args);
    }
}
