package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.chainreview.ChainReviews;
import org.springframework.security.access.AccessDeniedException;

/** The chair's task "plan and hold the review" from the inbox: it opens the review itself. */
@Route("ketenoverleg/taak")
@PageTitle("Ketenoverleg – Aanwezig")
@RolesAllowed({"SWV", "LEERPLICHT", "JEUGDARTS", "OC"})
public class ChairTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 message = new H2();

    private final transient ChainReviews reviews;

    public ChairTaskView(ChainReviews reviews) {
        this.reviews = reviews;
        add(message);
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        try {
            event.forwardTo(ChainReviewView.class, reviews.reviewOfTask(taskId));
        } catch (AccessDeniedException e) {
            message.setText(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            message.setText(Messages.text(e.messages().get(0)));
        }
    }
}
