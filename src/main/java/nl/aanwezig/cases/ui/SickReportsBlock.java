package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import nl.aanwezig.attendance.signals.SickReports;
import nl.aanwezig.base.Messages;

/** The sick reports behind an M@ZL task: the period, how many reports, lessons and minutes, and each report's dates. */
class SickReportsBlock extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final UnorderedList reports = new UnorderedList();

    SickReportsBlock() {
        setPadding(false);
        setSpacing(false);
        addClassName("sick-reports");
        setVisible(false);
        add(new H3(getTranslation("p3.mazl.title")), summary, reports);
    }

    void show(Optional<SickReports.Summary> found) {
        reports.removeAll();
        setVisible(found.isPresent());
        found.ifPresent(s -> {
            summary.setText(s.reports().isEmpty() ? getTranslation("p3.mazl.none")
                    : getTranslation("p3.mazl.summary", getTranslation("fix.mazl." + s.kind()), Messages.date(s.from()),
                    Messages.date(s.to()), s.reports().size(), s.lessons(), s.minutes()));
            s.reports().forEach(r -> reports.add(new ListItem(r.from().equals(r.to())
                    ? getTranslation("p3.mazl.reportOneDay", Messages.date(r.from()), r.lessons(), r.minutes())
                    : getTranslation("p3.mazl.report", Messages.date(r.from()), Messages.date(r.to()), r.schoolDays(),
                    r.lessons(), r.minutes()))));
        });
    }
}
