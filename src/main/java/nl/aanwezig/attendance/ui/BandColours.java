package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;

/** One colour per band for charts and tables (figures.css uses the same values). */
public final class BandColours {

    private static final Map<Band, String> HEX = Map.of(Band.GREEN, "#7cc47f", Band.YELLOW, "#f4d35e",
            Band.ORANGE, "#f29e4c", Band.RED, "#e05a47");

    private BandColours() {
    }

    public static String hex(Band band) {
        return HEX.get(band);
    }

    /** A coloured label with the band's Dutch name, or a grey dash without band. */
    public static Span badge(Band band, String text) {
        Span s = new Span(text);
        s.addClassNames("band", "band-" + (band == null ? "NONE" : band.name()));
        return s;
    }
}
