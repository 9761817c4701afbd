package nl.aanwezig.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus our own stylesheet from frontend/, served statically: no Node build needed. Push lets a
 * background job (an import) update the screen.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://aanwezig/app.css")
public class AppShell implements AppShellConfigurator {
}
