package nl.aanwezig.security.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.aanwezig.security.AuditLog;

/** A screen the user's role may not open (a mentor at the case list, the admin at a pupil page). */
@PageTitle("Geen toegang – Aanwezig")
@AnonymousAllowed
public class AccessDeniedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView(AuditLog audit) {
        super(audit);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event, "denied", AuditLog.PAGE_REFUSED, HttpServletResponse.SC_FORBIDDEN);
    }
}
