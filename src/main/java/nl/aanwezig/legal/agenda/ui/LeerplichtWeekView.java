package nl.aanwezig.legal.agenda.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.legal.agenda.AgendaLine;
import nl.aanwezig.legal.agenda.LeerplichtWeek;
import nl.aanwezig.legal.agenda.LeerplichtWeekService;

/** Leerplicht's "Mijn week": planned actions (overdue first), reports waiting, exemption tasks; each line a link. */
@Route("leerplicht-week")
@PageTitle("Mijn week – Aanwezig")
@Menu(title = "lpweek.nav", order = 1.5)
@RolesAllowed("LEERPLICHT")
public class LeerplichtWeekView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final UnorderedList actions = new UnorderedList();
    final UnorderedList reports = new UnorderedList();
    final UnorderedList exemptions = new UnorderedList();

    private final transient LeerplichtWeekService service;

    public LeerplichtWeekView(LeerplichtWeekService service) {
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LeerplichtWeek week = service.week();
        removeAll();
        title.setText(getTranslation("lpweek.title", Messages.date(week.monday()), Messages.date(week.sunday())));
        add(title);
        section("lpweek.actions", "lpweek.actions.none", actions, week.actions());
        section("lpweek.reports", "lpweek.reports.none", reports, week.reports());
        section("lpweek.exemptions", "lpweek.exemptions.none", exemptions, week.exemptions());
    }

    private void section(String titleKey, String noneKey, UnorderedList list, List<AgendaLine> lines) {
        list.removeAll();
        add(new H3(getTranslation(titleKey)));
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation(noneKey)));
            return;
        }
        lines.forEach(l -> list.add(new ListItem(new Anchor(l.link(), text(l)))));
        add(list);
    }

    String text(AgendaLine l) {
        String what = getTranslation(l.key());
        String base = getTranslation("lpweek.line." + l.kind(), Messages.date(l.date()), what, l.pupil(), l.school(),
                l.detail());
        return l.overdue() ? getTranslation("lpweek.overdue", base) : base;
    }
}
