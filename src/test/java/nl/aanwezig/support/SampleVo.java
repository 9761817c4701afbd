package nl.aanwezig.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The VO sample (BRIN 12AB: 40 pupils, 8400 registrations), copied into the test resources so that a clone
 * without the team's shared folder runs every test.
 */
public final class SampleVo {

    private static final String FOLDER = "/samples/sample-vo/";

    private SampleVo() {
    }

    /** {@code pupils.csv} or {@code registraties.csv}, from the classpath; the caller closes it. */
    public static InputStream open(String file) {
        InputStream in = SampleVo.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalArgumentException("no sample file " + FOLDER + file + " on the test classpath");
        }
        return in;
    }

    /** The file as text. */
    public static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
