package nl.aanwezig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small classes (STYLE.md): no main source file over 200 lines, so a class does one job a reader can hold. */
class ClassSizeTest {

    static final int MAX_LINES = 200;

    @Test
    void no_main_class_is_over_200_lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(ClassSizeTest::overLimit)
                    .map(Path::toString).sorted().toList();
        }
        assertThat(tooLong).as("main classes over %d lines", MAX_LINES).isEmpty();
    }

    private static boolean overLimit(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count() > MAX_LINES;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
