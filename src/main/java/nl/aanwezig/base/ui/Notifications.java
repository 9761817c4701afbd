package nl.aanwezig.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;

/** The three kinds of feedback every screen gives, in the same words. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.SUCCESS, 4000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.ERROR, 8000);
    }

    public static Notification error(UserFacingException e) {
        return error(e.messages().stream().map(Messages::text).collect(Collectors.joining(" ")));
    }

    public static Notification noAccess() {
        return error(UI.getCurrent().getTranslation("common.noAccess"));
    }

    private static Notification show(String text, NotificationVariant variant, int ms) {
        Notification n = Notification.show(text, ms, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        return n;
    }
}
