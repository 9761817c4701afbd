package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.tasks.TodayService;
import nl.aanwezig.cases.tasks.TodayService.EmptyChair;
import nl.aanwezig.security.CurrentUsers;

/** The mentor's start screen: today's empty chairs of own pupils, each with a caring message ready to send. */
@Route("vandaag")
@PageTitle("Vandaag – Aanwezig")
@Menu(title = "nav.today", order = 1)
@RolesAllowed("MENTOR")
public class TodayView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final VerticalLayout chairs = new VerticalLayout();

    private final transient TodayService today;
    private final transient CurrentUsers users;

    /** "vrijdag 4 december": the day of an earlier school day's empty chair, as a mentor says it. */
    static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Messages.DUTCH);

    public TodayView(TodayService today, CurrentUsers users) {
        this.today = today;
        this.users = users;
        addClassName("today-view");
        chairs.setPadding(false);
        add(title, new Paragraph(getTranslation("today.intro")), chairs);
    }

    /** Loaded on every visit: Vaadin reuses the view when the user navigates to it again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TodayService.Today t = today.today();
        String dayName = t.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.DUTCH);
        title.setText(t.isToday() ? getTranslation("today.title")
                : getTranslation("today.title.otherDay", dayName + " " + t.day().format(DateTimeFormatter.ofPattern("d-M-yyyy"))));
        chairs.removeAll();
        String mentorName = users.require().displayName().replaceAll("\\s*\\(.*\\)$", "");
        if (t.chairs().isEmpty()) {
            chairs.add(new Paragraph(getTranslation("today.empty")));
        }
        // "vandaag" for today's chair; the day itself ("vrijdag 4 december") for a chair of an earlier school day
        t.chairs().forEach(c -> chairs.add(card(c, t.isToday() && c.date().equals(t.day())
                ? getTranslation("today.day.today") : DAY_AND_DATE.format(c.date()), mentorName)));
    }

    /** Says "copied" only when the browser says so; the clipboard may be refused (permissions, no HTTPS). */
    private void copy(TextArea message) {
        message.getElement().executeJs("""
                return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false) : false""",
                message.getValue()).then(Boolean.class, ok -> copied(message, Boolean.TRUE.equals(ok)),
                error -> copied(message, false));
    }

    /** The browser's answer: a confirmation, or a Dutch message and the text selected to copy by hand. */
    void copied(TextArea message, boolean ok) {
        if (ok) {
            Notifications.success(getTranslation("common.copied"));
            return;
        }
        Notifications.error(getTranslation("fix.today.copyFailed"));
        message.focus();
        message.getElement().executeJs("const t = this.inputElement || this.querySelector('textarea'); if (t) { t.select(); }");
    }

    private Div card(EmptyChair c, String when, String mentorName) {
        Div card = new Div();
        card.addClassName("chair-card");
        H3 name = new H3(c.name() + " (" + c.className() + ")");
        String times = c.lessons().stream().map(Object::toString).collect(Collectors.joining(", "));
        // a chair of an earlier school day says which day: the mentor reads it on Monday morning, about Friday
        Span lessons = new Span(when.equals(getTranslation("today.day.today")) ? getTranslation("today.lessons", times)
                : getTranslation("today.lessons.otherDay", when, times));
        TextArea message = new TextArea();
        message.setWidthFull();
        message.setValue(getTranslation("today.message", c.firstName(), when, mentorName));
        message.addClassName("caring-message");
        Button copy = new Button(getTranslation("common.copy"), e -> copy(message));
        copy.setId("copy-" + c.pupilId());
        Button log = new Button(getTranslation("today.logConversation"),
                e -> getUI().ifPresent(ui -> ui.navigate(ConversationView.class, c.taskId())));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setEnabled(c.taskId() != null);
        log.setId("log-" + c.pupilId());
        if (c.taskId() == null) {
            log.setTooltipText(getTranslation("today.noTask"));
        }
        Button dossier = new Button(getTranslation("today.openDossier"),
                e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, c.pupilId())));
        card.add(name, lessons, message, new HorizontalLayout(log, copy, dossier));
        return card;
    }
}
