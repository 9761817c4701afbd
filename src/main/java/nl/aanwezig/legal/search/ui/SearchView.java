package nl.aanwezig.legal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.search.LeerplichtSearch;
import nl.aanwezig.legal.search.PupilHit;
import org.springframework.security.access.AccessDeniedException;

/**
 * Leerplicht's "Zoeken": a pupil of a school they serve by name or pupil number, with links to what they may open
 * (DUO reports made at DUO, exemptions, the dossier of a case they take part in).
 */
@Route("zoeken")
@PageTitle("Zoeken – Aanwezig")
@Menu(title = "lpsearch.nav", order = 4.4)
@RolesAllowed("LEERPLICHT")
public class SearchView extends VerticalLayout {

    final TextField words = new TextField(getTranslation("lpsearch.field"));
    final Button search = new Button(getTranslation("lpsearch.search"));
    final Paragraph none = new Paragraph();
    final Grid<PupilHit> grid = new Grid<>();

    private final transient LeerplichtSearch service;

    public SearchView(LeerplichtSearch service) {
        this.service = service;
        words.setHelperText(getTranslation("lpsearch.helper"));
        words.setWidth("24em");
        words.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> search());
        grid.addColumn(h -> h.name() + " (" + h.leerling() + ")").setHeader(getTranslation("lpsearch.col.pupil"));
        grid.addColumn(h -> h.birthDate() == null ? "" : Messages.date(h.birthDate()))
                .setHeader(getTranslation("lpsearch.col.birthDate"));
        grid.addColumn(h -> h.schoolName() + " (" + h.brin() + ")").setHeader(getTranslation("lpsearch.col.school"));
        grid.addColumn(h -> h.className() == null ? "" : h.className()).setHeader(getTranslation("lpsearch.col.class"));
        grid.addComponentColumn(this::links).setHeader(getTranslation("lpsearch.col.open")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(words, search);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("lpsearch.title")), new Paragraph(getTranslation("lpsearch.intro")), bar, none, grid);
    }

    void search() {
        try {
            List<PupilHit> hits = service.find(words.getValue());
            grid.setItems(hits);
            grid.setVisible(!hits.isEmpty());
            none.setText(hits.isEmpty() ? getTranslation("lpsearch.none") : "");
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    /** The links of one pupil: only what leerplicht may open; "nothing to open" otherwise. */
    static List<Anchor> linksOf(PupilHit h, java.util.function.BiFunction<String, Object[], String> t) {
        List<Anchor> out = new java.util.ArrayList<>();
        for (Long id : h.duoReports()) {
            out.add(new Anchor("verzuimmeldingen?melding=" + id, t.apply("lpsearch.link.duo", new Object[] {id})));
        }
        for (Long id : h.exemptions()) {
            out.add(new Anchor("vrijstellingen/dossier/" + id, t.apply("lpsearch.link.exemption", new Object[] {id})));
        }
        if (h.sharedCase()) {
            out.add(new Anchor("leerling/" + h.pupilId(), t.apply("lpsearch.link.case", new Object[0])));
        }
        return out;
    }

    private Component links(PupilHit h) {
        List<Anchor> anchors = linksOf(h, (k, a) -> getTranslation(k, a));
        if (anchors.isEmpty()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("lpsearch.link.nothing"));
        }
        FlexLayout box = new FlexLayout();
        box.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        box.getStyle().set("gap", "var(--lumo-space-s)");
        anchors.forEach(box::add);
        return box;
    }
}
