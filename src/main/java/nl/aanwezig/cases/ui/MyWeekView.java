package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.week.OcWeek;
import nl.aanwezig.cases.week.WeekItem;

/**
 * Mijn week (issue #21): the OC's one page for the week of her school: evaluations, meetings, DUO deadlines, tasks
 * waiting on others and her own open tasks, overdue first, each line a link to where it is done.
 */
@Route(value = "mijn-week", layout = MainLayout.class)
@PageTitle("Mijn week – Aanwezig")
@Menu(title = "week.nav", order = 1.5)
@RolesAllowed("OC")
public class MyWeekView extends VerticalLayout implements BeforeEnterObserver {

    private final transient OcWeek week;

    public MyWeekView(OcWeek week) {
        this.week = week;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("week.title")), new Paragraph(getTranslation("week.intro")));
        List<WeekItem> items = week.mine();
        for (WeekItem.Kind kind : WeekItem.Kind.values()) {
            List<WeekItem> section = items.stream().filter(i -> i.kind() == kind).toList();
            add(new H3(getTranslation("week.section." + kind)));
            if (section.isEmpty()) {
                add(new Paragraph(getTranslation("week.none." + kind)));
                continue;
            }
            UnorderedList list = new UnorderedList();
            section.forEach(i -> list.add(line(i)));
            add(list);
        }
    }

    private ListItem line(WeekItem item) {
        String href = item.form() != null ? TaskForms.location(item.form(), item.taskId(), item.caseId()) : item.route();
        ListItem line = new ListItem();
        if (item.date() != null) {
            line.add(new Span(Tier3Format.date(item.date()) + " · "));
        }
        line.add(new Anchor(href, item.text()));
        if (item.overdue()) {
            Span late = new Span(getTranslation("week.overdue"));
            late.getElement().getThemeList().add("badge error");
            late.getStyle().set("margin-left", "0.5em");
            line.add(late);
        }
        return line;
    }
}
