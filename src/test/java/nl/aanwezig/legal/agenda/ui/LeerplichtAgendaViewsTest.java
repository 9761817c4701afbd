package nl.aanwezig.legal.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import nl.aanwezig.legal.search.ui.SearchView;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Leerplicht's new screens open in Dutch, without a raw key; the week's lines are links. */
@IntegrationTest
@WithMockUser(username = "t-leerplicht", roles = "LEERPLICHT")
class LeerplichtAgendaViewsTest extends SpringBrowserlessTest {

    @Test
    void mijn_week_shows_its_three_parts_in_dutch_and_every_line_is_a_link() {
        LeerplichtWeekView view = navigate(LeerplichtWeekView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).startsWith("Mijn week: ").contains("Geplande acties", "Verzuimmeldingen die op je wachten",
                "Vrijstellingen: te doen").doesNotContain("!");
        $(Anchor.class).all().forEach(a -> assertThat(a.getHref()).matches(
                "(verzuimmeldingen\\?melding=|vrijstellingen/taak/)\\d+"));
    }

    @Test
    void the_duo_line_and_search_pages_show_no_raw_key() {
        DuoLineView line = navigate(DuoLineView.class);
        assertThat(line.getElement().getTextRecursively()).startsWith("Op weg naar de DUO-grens").doesNotContain("!");
        SearchView search = navigate(SearchView.class);
        assertThat(search.getElement().getTextRecursively()).doesNotContain("!");
    }
}
