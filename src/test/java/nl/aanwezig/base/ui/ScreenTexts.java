package nl.aanwezig.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Issue #21: the texts a screen shows, read from its component tree the way a browser would render them (text nodes,
 * labels, placeholders, helper texts, titles, grid headers and the first rows of every grid), and the ones no
 * Dutch screen should show: a raw bundle key (the I18N provider's {@code !} marker), an English enum name, a number
 * written the English way.
 */
public final class ScreenTexts {

    private static final List<String> SHOWN_PROPERTIES = List.of("label", "placeholder", "helperText", "title",
            "errorMessage", "aria-label", "header", "summary", "text");
    private static final Pattern RAW_KEY = Pattern.compile("(^|\\s)![a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+");
    /** Enum constants that leaked before (AUDIT_VIEWED, COACH, HOME, GREEN...): an upper-case word of code. */
    private static final Pattern ENUM_NAME = Pattern.compile("\\b([A-Z]{2,}_[A-Z_]+|COACH|HOME|EDUCATION|CARE|GREEN"
            + "|YELLOW|ORANGE|RED|OPEN|CLOSED|MENTOR|LEERPLICHT|JEUGDARTS|ADMIN|OUDER|LEERLING|DIRECTIE|NONE|PENDING"
            + "|DONE|ACTIVE|null|true|false)\\b");
    /** "12.0" hours: a Dutch screen writes 12 or 12,5. */
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("(?<![\\d.:-])\\d+\\.0(?![\\d.])");
    private static final int GRID_ROWS = 20;

    private ScreenTexts() {
    }

    /** Every text the component and its children show. */
    public static List<String> of(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
        return texts;
    }

    /** The texts among them that must not be on a Dutch screen, each with what is wrong. */
    public static List<String> wrong(Component root) {
        List<String> wrong = new ArrayList<>();
        for (String text : of(root)) {
            if (RAW_KEY.matcher(text).find()) {
                wrong.add("raw key: " + text);
            }
            if (ENUM_NAME.matcher(text).find()) {
                wrong.add("English enum name: " + text);
            }
            if (ENGLISH_DECIMAL.matcher(text).find()) {
                wrong.add("English number: " + text);
            }
        }
        return wrong;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        for (String name : SHOWN_PROPERTIES) {
            add(texts, element.getProperty(name));
            add(texts, element.getAttribute(name));
        }
        element.getComponent().filter(Grid.class::isInstance).map(Grid.class::cast)
                .ifPresent(grid -> gridTexts(grid, texts));
        element.getChildren().forEach(child -> collect(child, texts));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void gridTexts(Grid grid, List<String> texts) {
        GridTester tester = new GridTester(grid);
        List<Grid.Column> columns = grid.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).isVisible()) {
                continue;
            }
            add(texts, columns.get(c).getHeaderText());
        }
        int rows = Math.min(GRID_ROWS, tester.size());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c).isVisible()) {
                    continue;
                }
                try {
                    add(texts, tester.getCellText(r, c));
                } catch (RuntimeException notText) {
                    Component cell = tester.getCellComponent(r, c);
                    if (cell != null) {
                        collect(cell.getElement(), texts);
                    }
                }
            }
        }
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
