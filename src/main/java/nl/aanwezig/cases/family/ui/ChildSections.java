package nl.aanwezig.cases.family.ui;

import static nl.aanwezig.base.Messages.nl;
import static nl.aanwezig.cases.family.ui.FamilyTexts.date;
import static nl.aanwezig.cases.family.ui.FamilyTexts.item;
import static nl.aanwezig.cases.family.ui.FamilyTexts.list;
import static nl.aanwezig.cases.family.ui.FamilyTexts.section;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyRequests;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.sharing.SharedPlan;

/** The sections of the child's page, each with its h2; what the family member does not see is not built. */
final class ChildSections {

    private ChildSections() {
    }

    static Section now(ChildPage page) {
        return section("family-now", nl("familyui.now.title"), new Paragraph(page.stage()));
    }

    static Section weeks(ChildPage page) {
        Section s = section("family-weeks", nl("familyui.weeks.title"),
                new Paragraph(nl("familyui.weeks.intro", page.firstName())));
        if (page.weeks().isEmpty()) {
            s.add(new Paragraph(nl("familyui.weeks.none")));
            return s;
        }
        UnorderedList weeks = list("family-week-list");
        for (ChildPage.Week w : page.weeks()) {
            weeks.add(item(w.current() ? nl("familyui.weeks.current", w.present(), w.lessons())
                    : nl("familyui.weeks.week", w.isoWeek(), date(w.monday()), w.present(), w.lessons())));
        }
        s.add(weeks);
        boolean allThere = page.weeks().stream().allMatch(w -> w.present() == w.lessons());
        if (allThere) {
            s.add(new Paragraph(nl("familyui.weeks.allThere", page.firstName())));
        }
        return s;
    }

    static Section plan(ChildPage page) {
        SharedPlan plan = page.plan();
        Section s = section("family-plan", nl("familyui.plan.title"));
        if (plan == null) {
            s.add(new Paragraph(nl("familyui.plan.none")));
            return s;
        }
        s.add(new Paragraph(nl("familyui.plan.intro", page.firstName())));
        if (plan.startedOn() != null) {
            s.add(new Paragraph(nl("familyui.plan.started", date(plan.startedOn()))));
        }
        s.add(new H3(nl("familyui.plan.goals")));
        UnorderedList goals = list("family-goals");
        for (SharedPlan.Goal g : plan.goals()) {
            ListItem li = new ListItem(new Paragraph(nl("familyui.plan.goal", nl("tier3.domain." + g.domain()), g.description())));
            if (g.measure() != null && !g.measure().isBlank()) {
                li.add(new Paragraph(nl("familyui.plan.measure", g.measure())));
            }
            if (g.targetPct() != null) {
                li.add(new Paragraph(nl("familyui.plan.target", g.targetPct().stripTrailingZeros().toPlainString())));
            }
            goals.add(li);
        }
        s.add(goals, new H3(nl("familyui.plan.actions")));
        if (plan.interventions().isEmpty()) {
            s.add(new Paragraph(nl("familyui.plan.noActions")));
        }
        UnorderedList actions = list("family-actions");
        for (SharedPlan.Intervention i : plan.interventions()) {
            ListItem li = new ListItem(new Paragraph(nl("familyui.plan.action", i.owner(), i.description())));
            if (i.startsOn() != null) {
                li.add(new Paragraph(nl("familyui.plan.actionWhen", date(i.startsOn()),
                        date(i.startsOn().plusWeeks(i.durationWeeks())))));
            }
            actions.add(li);
        }
        s.add(actions);
        if (page.nextEvaluation() != null) {
            s.add(new Paragraph(nl("familyui.plan.nextEvaluation", date(page.nextEvaluation()))));
        }
        return s;
    }

    static Section regievoerder(ChildPage page) {
        Section s = section("family-regie", nl("familyui.regie.title"));
        ChildPage.Coordinator c = page.regievoerder();
        if (c == null) {
            s.add(new Paragraph(nl("familyui.regie.none")));
            return s;
        }
        s.add(new Paragraph(c.organisation() == null ? c.name() : nl("familyui.regie.who", c.name(), c.organisation())),
                new Paragraph(nl("familyui.regie.explain")),
                new Paragraph(c.contact() == null || c.contact().isBlank() ? nl("familyui.regie.noContact")
                        : nl("familyui.regie.contact", c.contact())));
        return s;
    }

    static Section requests(ChildPage page) {
        Section s = section("family-requests", nl("familyui.requests.title"),
                new Paragraph(nl("familyui.requests.intro")));
        String base = "gezin/" + page.pupilId() + "/stem";
        UnorderedList open = list("family-links");
        for (FamilyRequests.Request r : page.openRequests()) {
            String what = r.dueOn() == null ? nl("familyui.requests.itemNoDate", nl("family.occasion." + r.occasion()))
                    : nl("familyui.requests.item", nl("family.occasion." + r.occasion()), date(r.dueOn()));
            open.add(new ListItem(new Anchor(base + "?verzoek=" + r.id(), nl("familyui.requests.answer", what))));
        }
        if (!page.openRequests().isEmpty()) {
            s.add(open);
        }
        Anchor any = new Anchor(base, nl("familyui.child.linkView"));
        any.addClassName("family-button-link");
        s.add(new Paragraph(nl("familyui.requests.any")), any);
        return s;
    }

    static Section outcomes(ChildPage page) {
        UnorderedList items = list("family-outcomes");
        page.outcomes().forEach(o -> items.add(item(nl("familyui.outcomes.item", date(o.on()), o.what()))));
        return section("family-outcomes", nl("familyui.outcomes.title"), items);
    }

    static Section views(ChildPage page) {
        UnorderedList items = list("family-views");
        for (FamilyViews.Voice v : page.views()) {
            ListItem li = new ListItem(new Paragraph(nl("familyui.views.item", v.authorName(),
                    nl("family.kind." + v.kind()), FamilyTexts.dateTime(v.givenAt()))));
            addIf(li, "familyui.views.goesWell", v.goesWell());
            addIf(li, "familyui.views.hard", v.hard());
            addIf(li, "familyui.views.wishes", v.wishes());
            items.add(li);
        }
        return section("family-views", nl("familyui.views.title"), items);
    }

    private static void addIf(ListItem li, String key, String text) {
        if (text != null && !text.isBlank()) {
            li.add(new Paragraph(nl(key, text)));
        }
    }

    /** The kind sentence in place of a part a pupil of 16 or older keeps from the parents. */
    static Paragraph keeps(ChildPage page) {
        Paragraph p = new Paragraph(nl("familyui.keeps", page.firstName()));
        p.addClassName("family-keeps");
        return p;
    }
}
