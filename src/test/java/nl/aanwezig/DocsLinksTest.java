package nl.aanwezig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and every {@code docs/*.md}: each relative link and image points at a file of this repository, and a
 * link with an anchor at a heading of its target (GitHub's slugs). No Spring context; the documents are the data.
 */
class DocsLinksTest {

    static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    /** {@code [text](target)} or {@code ![alt](target)}; the target up to the first space or closing bracket. */
    static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    record Link(Path document, int line, String target) {
        @Override
        public String toString() {
            return ROOT.relativize(document) + ":" + line + " -> " + target;
        }
    }

    @Test
    void every_relative_link_and_image_points_to_an_existing_file() {
        List<Link> broken = new ArrayList<>();
        for (Link link : relativeLinks()) {
            String file = filePart(link.target());
            if (!file.isEmpty() && !Files.exists(resolve(link))) {
                broken.add(link);
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    void every_anchor_matches_a_heading_of_its_target() {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<Link> broken = new ArrayList<>();
        for (Link link : relativeLinks()) {
            int hash = link.target().indexOf('#');
            if (hash < 0) {
                continue;
            }
            Path target = filePart(link.target()).isEmpty() ? link.document() : resolve(link);
            if (!target.toString().endsWith(".md") || !Files.isRegularFile(target)) {
                continue;
            }
            String anchor = decode(link.target().substring(hash + 1));
            if (!anchors.computeIfAbsent(target, t -> anchorsOf(read(t))).contains(anchor)) {
                broken.add(link);
            }
        }
        assertThat(broken).as("anchors that match no heading of their target").isEmpty();
    }

    @Test
    void no_link_points_outside_the_repository() {
        List<Link> outside = relativeLinks().stream()
                .filter(link -> !filePart(link.target()).isEmpty() && !resolve(link).startsWith(ROOT))
                .toList();
        assertThat(outside).as("links that leave the repository (a clone has no ../shared)").isEmpty();
    }

    @Test
    void the_readme_and_the_docs_are_found_and_hold_links() {
        assertThat(documents()).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/operations.md"));
        assertThat(relativeLinks()).hasSizeGreaterThan(20);
    }

    @Test
    void links_are_read_outside_code_only_and_absolute_targets_are_left_out() {
        String text = """
                See [ops](docs/operations.md#run-it) and ![shot](docs/screenshots/a.png "title").
                Not `[code](nowhere.md)`, nor [web](https://example.org), [mail](mailto:a@b.nl).
                ```
                [fenced](nowhere.md)
                ```
                [same](#a-heading) and [nested [brackets]](docs/x.md)
                """;
        assertThat(linksIn(text).stream().map(l -> l.target()).toList())
                .containsExactly("docs/operations.md#run-it", "docs/screenshots/a.png", "#a-heading", "docs/x.md");
    }

    @Test
    void slugs_follow_githubs_rules() {
        assertThat(slug("Run it (embedded default: nothing but a JDK 21+)"))
                .isEqualTo("run-it-embedded-default-nothing-but-a-jdk-21");
        assertThat(slug("The models (`bpmn/`)")).isEqualTo("the-models-bpmn");
        assertThat(slug("Camunda versions: the client, and moving to 8.9 / 8.10"))
                .isEqualTo("camunda-versions-the-client-and-moving-to-89--810");
        assertThat(slug("Operator's guide")).isEqualTo("operators-guide");
        assertThat(slug("snake_case and kebab-case")).isEqualTo("snake_case-and-kebab-case");
        assertThat(slug("Coördinator")).isEqualTo("coördinator");
    }

    @Test
    void a_repeated_heading_gets_a_numbered_anchor_and_headings_in_code_do_not_count() {
        String text = """
                # Title
                ## Limits
                ```
                # 1. not a heading
                ```
                ### Limits
                """;
        assertThat(anchorsOf(text)).containsExactlyInAnyOrder("title", "limits", "limits-1");
    }

    // --- reading the documents

    static List<Path> documents() {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static List<Link> relativeLinks() {
        List<Link> links = new ArrayList<>();
        for (Path doc : documents()) {
            for (Link l : linksIn(read(doc))) {
                links.add(new Link(doc, l.line(), l.target()));
            }
        }
        return links;
    }

    /** The relative link and image targets of a markdown text, outside fenced code and code spans. */
    static List<Link> linksIn(String text) {
        List<Link> links = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                String target = m.group(1);
                if (!ABSOLUTE.matcher(target).find()) {
                    links.add(new Link(null, i + 1, target));
                }
            }
        }
        return links;
    }

    /** The anchors GitHub gives the headings of a markdown text (outside fenced code), numbered when repeated. */
    static Set<String> anchorsOf(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String base = slug(m.group(2));
            int n = seen.merge(base, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? base : base + "-" + n);
        }
        return anchors;
    }

    /** GitHub's heading slug: the text without markup, lowercase, punctuation but '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    static String filePart(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    static Path resolve(Link link) {
        return link.document().getParent().resolve(decode(filePart(link.target()))).normalize();
    }

    static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
