package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStarts;
import org.springframework.security.access.AccessDeniedException;

/**
 * On the pupil page, for the mentor (own pupils) and the OC: report a concern or start a conversation without a
 * signal, with the reason. The service opens the case as a signal would; the page then shows the new task.
 */
public class StartCaseBlock extends VerticalLayout {

    final TextArea reason = new TextArea(getTranslation("p2.start.reason"));
    final Button concern = new Button(getTranslation("p2.start.concern"));
    final Button conversation = new Button(getTranslation("p2.start.conversation"));
    final Paragraph result = new Paragraph();
    private final transient CaseStarts starts;
    private long pupilId;

    public StartCaseBlock(CaseStarts starts) {
        this.starts = starts;
        setPadding(false);
        setSpacing(false);
        addClassName("start-case");
        reason.setHelperText(getTranslation("p2.start.reason.help"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setMaxWidth("40rem");
        concern.addClickListener(e -> start(CaseStarts.Kind.CONCERN));
        conversation.addClickListener(e -> start(CaseStarts.Kind.CONVERSATION));
        result.getElement().setAttribute("role", "status");
        add(new H4(getTranslation("p2.start.title")), reason, new HorizontalLayout(concern, conversation), result);
    }

    static StartCaseBlock forPupil(long pupilId, boolean mayStart) {
        StartCaseBlock block = VaadinService.getCurrent().getInstantiator().getOrCreate(StartCaseBlock.class);
        block.pupilId = pupilId;
        block.setVisible(mayStart);
        return block;
    }

    void start(CaseStarts.Kind kind) {
        reason.setInvalid(false);
        try {
            boolean opened = starts.start(pupilId, kind, reason.getValue());
            result.setText(getTranslation(opened ? "p2.start.done.new" : "p2.start.done.open"));
            reason.clear();
        } catch (UserFacingException e) {
            reason.setErrorMessage(Messages.text(e.messages().get(0)));
            reason.setInvalid(true);
        } catch (AccessDeniedException e) {
            result.setText(getTranslation("common.noAccess"));
        }
    }
}
