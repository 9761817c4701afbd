package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiFunction;
import nl.aanwezig.cases.dossier.Dossier;

/**
 * The pupil page's conversations, each in full (agreements, participants, follow-up), and for the mentor and the OC
 * a button to log another conversation while the case is open, also when no conversation task waits.
 */
class ConversationsPanel extends VerticalLayout {

    final Button logExtra;

    ConversationsPanel(Dossier d, boolean mayLog, BiFunction<String, Object[], String> t) {
        setPadding(false);
        addClassName("conversations");
        add(new H3(t.apply("pupil.conversations", new Object[0])));
        if (d.conversations().isEmpty()) {
            add(new Paragraph(t.apply("fix.conversation.none", new Object[0])));
        }
        d.conversations().forEach(c -> add(new ConversationCard(c, t)));
        logExtra = new Button(t.apply("fix.conversation.extra", new Object[0]),
                e -> getUI().ifPresent(ui -> ui.navigate(ExtraConversationView.class, d.pupilId())));
        logExtra.setId("log-extra");
        logExtra.setVisible(mayLog && d.openCase() != null);
        add(logExtra);
    }
}
