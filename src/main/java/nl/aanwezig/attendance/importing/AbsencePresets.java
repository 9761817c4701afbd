package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The presets for absence-only exports ({@code absence-presets/} on the classpath): per pupil administration its
 * column names, a typical code list and a typical bell schedule, as a starting point the admin adjusts.
 */
@Component
public class AbsencePresets {

    private static final String DIR = "absence-presets/";

    /**
     * One preset.
     *
     * @param id      {@code magister}, {@code somtoday}, ...
     * @param name    the system's name
     * @param sector  PO or VO
     * @param columns the export's column names
     */
    public record Preset(String id, String name, String sector, ColumnMapping columns) {

        /** The preset's code list (CSV {@code code;status;reden;geoorloofd;omschrijving}); the caller closes it. */
        public InputStream codes() {
            return open(id + "-codes.csv");
        }

        /** The preset's bell schedule (CSV {@code weekdag;lesuur;start;eind}); the caller closes it. */
        public InputStream lessonHours() {
            return open(id + "-lesson-hours.csv");
        }
    }

    private final List<Preset> presets;

    AbsencePresets() {
        this.presets = load();
    }

    /** All presets, in the order of {@code presets.properties}. */
    public List<Preset> all() {
        return presets;
    }

    public Optional<Preset> find(String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static List<Preset> load() {
        List<Preset> list = new ArrayList<>();
        for (String line : read("presets.properties").split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String id = trimmed.substring(0, eq).strip();
            String[] nameAndSector = trimmed.substring(eq + 1).split(";");
            list.add(new Preset(id, nameAndSector[0].strip(), nameAndSector[1].strip(),
                    ColumnMapping.parse(read(id + "-columns.properties"))));
        }
        return List.copyOf(list);
    }

    private static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("preset file " + name, e);
        }
    }

    private static InputStream open(String name) {
        try {
            return new ClassPathResource(DIR + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("preset file " + name + " is missing", e);
        }
    }
}
