package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.Component;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.attendance.figures.PyramidService.PeriodChoice;

/** The words of the pyramid screen: a period choice's label and the verdict under the chart. */
final class PyramidTexts {

    private PyramidTexts() {
    }

    static String periodLabel(Component texts, PeriodChoice c) {
        return switch (c.kind()) {
            case SCHOOL_YEAR -> texts.getTranslation("pyramid.period.year");
            case FIRST_MONTH -> texts.getTranslation("pyramid.period.firstMonth");
            case MONTH -> PyramidView.MONTH.format(c.month());
        };
    }

    static String verdict(Component texts, Pyramid p) {
        if (p.pupils() == 0) {
            return texts.getTranslation("pyramid.empty");
        }
        return texts.getTranslation(p.healthy() ? "pyramid.healthy" : "pyramid.unhealthy", p.pupils());
    }
}
