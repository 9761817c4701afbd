package nl.aanwezig.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Leerplicht's screens speak to the reader with "je", like the rest of the product, never "u" or "uw". */
class LeerplichtTextsSayJeTest {

    /** The bundle areas of the screens leerplicht opens. */
    static final List<String> AREAS = List.of("duo.", "exemption.", "absolute.", "absroute.", "pyramid.", "concern.",
            "lpsearch.", "lpweek.", "duoline.", "lpaction.");
    static final Pattern FORMAL = Pattern.compile("(?i)\\b(u|uw|wilt|heeft u|kunt u)\\b");

    @Test
    void no_leerplicht_text_says_u_or_uw() throws Exception {
        Properties bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> formal = bundle.stringPropertyNames().stream()
                .filter(k -> AREAS.stream().anyMatch(k::startsWith))
                .filter(k -> FORMAL.matcher(bundle.getProperty(k)).find())
                .sorted().map(k -> k + "=" + bundle.getProperty(k)).toList();
        assertThat(formal).isEmpty();
    }
}
