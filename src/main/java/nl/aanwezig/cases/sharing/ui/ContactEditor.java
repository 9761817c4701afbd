package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.sharing.ContactForm;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.ParticipantService;
import org.springframework.security.access.AccessDeniedException;

/** Adds a participant without an account: a parent, the pupil, a care provider, a coach without a login. */
class ContactEditor extends VerticalLayout {

    final TextField name = new TextField(getTranslation("sharing.contact.name"));
    final Select<ParticipantRole> role = new Select<>();
    final TextField organisation = new TextField(getTranslation("sharing.contact.organisation"));
    final TextField contactNote = new TextField(getTranslation("sharing.contact.note"));
    final Button add = new Button(getTranslation("sharing.contact.add"));

    private final transient ParticipantService participants;
    private final Runnable saved;
    private long caseId;

    ContactEditor(ParticipantService participants, Runnable saved) {
        this.participants = participants;
        this.saved = saved;
        setPadding(false);
        role.setLabel(getTranslation("sharing.contact.role"));
        role.setItems(ContactForm.roles());
        role.setItemLabelGenerator(r -> getTranslation("sharing.role." + r));
        name.setRequired(true);
        name.setMaxLength(200);
        organisation.setMaxLength(200);
        contactNote.setMaxLength(500);
        contactNote.setHelperText(getTranslation("sharing.contact.note.helper"));
        add.addClickListener(e -> add());
        HorizontalLayout row = new HorizontalLayout(name, role, organisation, contactNote, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H4(getTranslation("sharing.contact.title")), row);
    }

    void show(long caseId) {
        this.caseId = caseId;
    }

    void add() {
        Map<String, HasValidation> fields = Map.of("contactName", name, "contactRole", role,
                "contactOrganisation", organisation, "contactNote", contactNote);
        try {
            participants.addContact(caseId, new ContactForm(name.getValue(), role.getValue(), organisation.getValue(),
                    contactNote.getValue()));
            FieldErrors.mark(fields, List.of());
            Notifications.success(getTranslation("sharing.contact.added", name.getValue()));
            name.clear();
            role.clear();
            organisation.clear();
            contactNote.clear();
            saved.run();
        } catch (UserFacingException e) {
            FieldErrors.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
