package nl.aanwezig.legal.letters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variables a template may use, {@code {leerling.naam}}, and filling them in from the dossier. */
public final class LetterVariables {

    /** Every variable a template may use, in the order the editor lists them. */
    public static final List<String> KNOWN = List.of("leerling.naam", "leerling.voornaam", "leerling.geboortedatum",
            "leerling.nummer", "school.naam", "ouder.aanhef", "datum", "verzuim.uren", "verzuim.periode",
            "melding.datum", "leerplicht.naam", "gemeente.naam");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}\\n]*)}");

    private LetterVariables() {
    }

    /** The variables in the text that are not known, each once, in the order they appear. */
    static List<String> unknown(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1).strip())) {
                unknown.add(m.group(1));
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The text with every known variable replaced by its value (an empty value when the dossier has none). */
    static String fill(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = KNOWN.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
