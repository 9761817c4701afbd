package nl.aanwezig.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.aanwezig.security.AuditLog;
import org.springframework.security.access.AccessDeniedException;

/** A service refused while a screen was opening (Spring's own AccessDeniedException): the same Dutch page. */
@PageTitle("Geen toegang – Aanwezig")
@AnonymousAllowed
public class ServiceRefusalView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public ServiceRefusalView(AuditLog audit) {
        super(audit);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event, "denied", AuditLog.PAGE_REFUSED, HttpServletResponse.SC_FORBIDDEN);
    }
}
