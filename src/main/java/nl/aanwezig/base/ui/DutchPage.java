package nl.aanwezig.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page says it is Dutch ({@code <html lang="nl">}), so screen readers read it as Dutch (WCAG 3.1.1). */
@Component
class DutchPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", "nl"));
    }
}
