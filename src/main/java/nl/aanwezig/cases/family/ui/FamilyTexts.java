package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;

/** Small pieces every family page uses: a section with its h2, dates in Dutch, errors shown on the page. */
final class FamilyTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private FamilyTexts() {
    }

    static Section section(String className, String title, Component... content) {
        Section section = new Section(new H2(title));
        section.addClassName("family-section");
        section.addClassName(className);
        section.add(content);
        return section;
    }

    static String date(LocalDate date) {
        return Messages.date(date);
    }

    static String dateTime(Instant at) {
        var local = at.atZone(TimeConfig.SCHOOL_ZONE);
        return Messages.date(local.toLocalDate()) + " " + TIME.format(local);
    }

    static long pupilId(BeforeEnterEvent event) {
        return event.getRouteParameters().getLong("pupilId").orElseThrow();
    }

    static UnorderedList list(String className) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        return list;
    }

    static ListItem item(String text) {
        return new ListItem(text);
    }

    /** An area that reads problems out (role alert) and shows them, all at once, until the next try. */
    static Div errorArea() {
        Div area = new Div();
        area.addClassName("family-error");
        area.getElement().setAttribute("role", "alert");
        area.setVisible(false);
        return area;
    }

    static void show(Div area, UserFacingException e) {
        area.removeAll();
        if (e.messages().size() == 1) {
            area.add(new Paragraph(Messages.text(e.messages().getFirst())));
        } else {
            UnorderedList problems = new UnorderedList();
            e.messages().forEach(m -> problems.add(new ListItem(Messages.text(m))));
            area.add(problems);
        }
        // on the page, beside the form, and read out (role alert); no toast that would cover the form on a phone
        area.setVisible(true);
    }

    static void clear(Div area) {
        area.removeAll();
        area.setVisible(false);
    }
}
