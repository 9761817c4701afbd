package nl.aanwezig.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.aanwezig.security.AuditLog;

/** Unknown and malformed addresses (also {@code /leerling/abc}): instead of Vaadin's route list. */
@PageTitle("Niet gevonden – Aanwezig")
@AnonymousAllowed
public class NotFoundView extends RefusalPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView(AuditLog audit) {
        super(audit);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(event, "notFound", AuditLog.PAGE_NOT_FOUND, HttpServletResponse.SC_NOT_FOUND);
    }
}
