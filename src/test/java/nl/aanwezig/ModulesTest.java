package nl.aanwezig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module: others reach only its API (its root package and the named interfaces its
 * package-info declares), and no two modules depend on each other. The module documentation in docs/modules is
 * generated from the same model; run with {@code -Dmodules.docs.write=true} to write it again after a change.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(AanwezigApplication.class);
    static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void modules_use_only_each_others_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_committed_module_documentation_is_the_modules_of_today() throws IOException {
        Path out = Boolean.getBoolean("modules.docs.write") ? COMMITTED : Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeDocumentation();
        assertThat(files(COMMITTED)).as("docs/modules: run ModulesTest with -Dmodules.docs.write=true")
                .isEqualTo(files(out));
    }

    /**
     * Each file's lines, sorted: the generator writes a diagram's relations and a table cell's items in no fixed order
     * (the first item of a cell carries the cell's "|").
     */
    private static Map<String, List<String>> files(Path dir) throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> all = Files.list(dir)) {
                for (Path f : all.toList()) {
                    files.put(f.getFileName().toString(), Files.readAllLines(f).stream()
                            .map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList());
                }
            }
        }
        return files;
    }
}
