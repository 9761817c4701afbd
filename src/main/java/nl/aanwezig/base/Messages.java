package nl.aanwezig.base;

import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the message bundle outside a Vaadin UI (API responses, logs, notifications built in services). */
public final class Messages {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    static final String BUNDLE = "vaadin-i18n.translations";

    /** Without this, a missing Dutch key would silently come from the JVM's default locale's bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    public static String nl(String key, Object... args) {
        return get(DUTCH, key, args);
    }

    /** A date the Dutch way: 20-11-2026. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    public static String text(UserFacingException.Message message) {
        return nl(message.key(), message.args());
    }
}
