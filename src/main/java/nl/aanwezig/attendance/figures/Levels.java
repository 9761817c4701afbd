package nl.aanwezig.attendance.figures;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The level (leerjaar or groep) of a class, derived from its name: administrations have no separate field. */
public final class Levels {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d{1,2}");

    private Levels() {
    }

    /**
     * The first number in the class name: {@code "2B"} is 2, {@code "groep 6"} is 6, {@code "H4a"} is 4.
     * Empty when the name has no number ({@code "brugklas"}, {@code "ISK"}).
     */
    public static OptionalInt of(String className) {
        if (className == null) {
            return OptionalInt.empty();
        }
        Matcher m = FIRST_NUMBER.matcher(className);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }
}
