package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.FieldMarks;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.ExemptionService.Doctor;
import nl.aanwezig.legal.exemption.Notice;
import nl.aanwezig.legal.search.LeerplichtSearch;
import nl.aanwezig.legal.search.ui.PupilPicker;
import org.springframework.security.access.AccessDeniedException;

/** Leerplicht registers the parents' notice: with the statement they brought, or asking a jeugdarts to write it. */
@Route("vrijstellingen/nieuw")
@PageTitle("Kennisgeving vrijstelling – Aanwezig")
@RolesAllowed("LEERPLICHT")
public class NoticeView extends VerticalLayout {

    final PupilPicker pupil;
    final TextField brin = new TextField(getTranslation("exemption.notice.brin"));
    final TextField leerling = new TextField(getTranslation("exemption.notice.leerling"));
    final DatePicker noticeDate = new DatePicker(getTranslation("exemption.notice.noticeDate"));
    final TextField givenBy = new TextField(getTranslation("exemption.notice.givenBy"));
    final Checkbox statementBrought = new Checkbox(getTranslation("exemption.notice.statementBrought"));
    final ComboBox<Doctor> statementWriter = new ComboBox<>(getTranslation("exemption.notice.statementWriter"));
    final StatementFields statement = new StatementFields();
    final Button save = new Button(getTranslation("exemption.notice.save"));

    private final transient ExemptionService service;

    public NoticeView(ExemptionService service, LeerplichtSearch search) {
        this.service = service;
        this.pupil = new PupilPicker(search);
        pupil.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                brin.setValue(e.getValue().brin());
                leerling.setValue(e.getValue().leerling());
            }
        });
        statementWriter.setItems(service.jeugdartsen());
        statementWriter.setItemLabelGenerator(Doctor::name);
        statement.setVisible(false);
        statementBrought.addValueChangeListener(e -> {
            statement.setVisible(e.getValue());
            statementWriter.setVisible(!e.getValue());
        });
        brin.setRequired(true);
        leerling.setRequired(true);
        noticeDate.setRequired(true);
        givenBy.setRequired(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("exemption.notice.title")), new Paragraph(getTranslation("exemption.notice.intro")),
                pupil, new FormLayout(brin, leerling, noticeDate, givenBy), statementBrought, statementWriter, statement,
                save);
    }

    void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>(statement.byName());
        fields.put("pupil", leerling);
        fields.put("noticeDate", noticeDate);
        fields.put("givenBy", givenBy);
        fields.put("statementWriter", statementWriter);
        try {
            long pupilId = service.pupilFor(brin.getValue(), leerling.getValue());
            Doctor writer = statementWriter.getValue();
            long id = service.register(new Notice(pupilId, noticeDate.getValue(), givenBy.getValue(),
                    statementBrought.getValue() ? statement.value() : null,
                    statementBrought.getValue() || writer == null ? null : writer.username()));
            Notifications.success(getTranslation("exemption.notice.saved"));
            getUI().ifPresent(ui -> ui.navigate(ExemptionDossierView.class, id));
        } catch (UserFacingException e) {
            FieldMarks.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            FieldMarks.mark(fields, List.of());
            Notifications.noAccess();
        }
    }
}
