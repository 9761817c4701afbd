package nl.aanwezig.legal.letters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.letters.LetterTemplate;
import nl.aanwezig.legal.letters.LetterTemplateService;
import nl.aanwezig.legal.letters.LetterVariables;
import org.springframework.security.access.AccessDeniedException;

/** Leerplicht edits the letter templates of their municipality: title and text, with the variables to use. */
@Route("brieven")
@PageTitle("Brieven – Aanwezig")
@Menu(title = "letter.nav", order = 4.55)
@RolesAllowed("LEERPLICHT")
public class LetterTemplatesView extends VerticalLayout {

    final H2 heading = new H2();
    final Select<LetterTemplate> template = new Select<>();
    final TextField title = new TextField(getTranslation("letter.field.title"));
    final TextArea body = new TextArea(getTranslation("letter.field.body"));
    final Paragraph lastSaved = new Paragraph();
    final Button save = new Button(getTranslation("letter.save"));

    private final transient LetterTemplateService service;

    public LetterTemplatesView(LetterTemplateService service) {
        this.service = service;
        template.setLabel(getTranslation("letter.field.template"));
        template.setItemLabelGenerator(LetterTemplate::title);
        template.addValueChangeListener(e -> show(e.getValue()));
        title.setWidthFull();
        title.setMaxWidth("40em");
        body.setWidthFull();
        body.setMaxWidth("60em");
        body.setMinHeight("24em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        String variables = LetterVariables.KNOWN.stream().map(v -> "{" + v + "}").collect(Collectors.joining(", "));
        add(heading, new Paragraph(getTranslation("letter.intro")),
                new Paragraph(getTranslation("letter.variables", variables)), template, title, body, lastSaved, save);
        load(null);
    }

    private void load(Long selectId) {
        try {
            heading.setText(getTranslation("letter.title", service.municipalityName()));
            List<LetterTemplate> all = service.templates();
            template.setItems(all);
            template.setValue(all.stream().filter(t -> selectId != null && t.id() == selectId).findFirst()
                    .orElse(all.isEmpty() ? null : all.getFirst()));
        } catch (UserFacingException e) {
            heading.setText(getTranslation("letter.nav"));
            add(new Paragraph(Messages.text(e.messages().getFirst())));
            save.setEnabled(false);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void show(LetterTemplate t) {
        title.setValue(t == null ? "" : t.title());
        body.setValue(t == null ? "" : t.body());
        lastSaved.setText(t == null || t.updatedAt() == null ? "" : getTranslation("letter.lastSaved", t.updatedBy(),
                Messages.date(t.updatedAt().atZone(TimeConfig.SCHOOL_ZONE).toLocalDate())));
    }

    void save() {
        LetterTemplate t = template.getValue();
        if (t == null) {
            return;
        }
        try {
            service.save(t.id(), t.version(), title.getValue(), body.getValue());
            Notifications.success(getTranslation("letter.saved"));
            load(t.id());
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
