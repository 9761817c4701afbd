package nl.aanwezig.legal.duo.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.duo.LeerplichtReportService;
import org.springframework.security.access.AccessDeniedException;

/** Leerplicht's follow-up task from the inbox opens its report on Verzuimmeldingen. */
@Route("verzuimmelding-opvolgen")
@RolesAllowed("LEERPLICHT")
public class DuoFollowUpView extends Div implements HasUrlParameter<Long> {

    private final transient LeerplichtReportService service;

    public DuoFollowUpView(LeerplichtReportService service) {
        this.service = service;
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        try {
            long reportId = service.forTask(taskId).report().id();
            event.forwardTo("verzuimmeldingen", QueryParameters.simple(Map.of("melding", String.valueOf(reportId))));
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
