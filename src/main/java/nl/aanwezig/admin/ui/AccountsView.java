package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountImport;
import nl.aanwezig.admin.AccountInfo;
import nl.aanwezig.admin.AccountUploads;

/** All staff accounts; a click opens one. Below, the bulk import from CSV. */
@Route("beheer/accounts")
@PageTitle("Accounts – Aanwezig")
@Menu(title = "admin.nav.accounts", order = 91)
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    final Grid<AccountInfo> grid = new Grid<>();
    final Button create = new Button();
    final AccountImportPanel importPanel;

    private final transient AccountAdmin accounts;

    public AccountsView(AccountAdmin accounts, AccountImport imports, AccountUploads uploads) {
        this.accounts = accounts;
        this.importPanel = new AccountImportPanel(imports, uploads, this::refresh);
        create.setText(getTranslation("admin.account.new"));
        create.setId("account-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AccountView.class, AccountView.NEW)));
        grid.addColumn(AccountInfo::username).setHeader(getTranslation("admin.account.username")).setAutoWidth(true);
        grid.addColumn(AccountInfo::displayName).setHeader(getTranslation("admin.account.displayName")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("admin.role." + a.role())).setHeader(getTranslation("admin.account.role"));
        grid.addColumn(AccountInfo::school).setHeader(getTranslation("admin.account.school")).setAutoWidth(true);
        grid.addColumn(AccountInfo::region).setHeader(getTranslation("admin.account.region"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "admin.account.active" : "admin.account.disabled"))
                .setHeader(getTranslation("admin.account.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AccountView.class, e.getItem().username())));
        grid.setHeight("28em");
        refresh();
        add(new H2(getTranslation("admin.accounts.title")), create, grid, importPanel);
    }

    void refresh() {
        grid.setItems(accounts.list());
    }
}
