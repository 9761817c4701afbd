package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanwezig.admin.AccountImport;
import nl.aanwezig.admin.AccountUploads;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.LimitedUpload;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.base.ui.UploadSetup;
import nl.aanwezig.base.upload.RowError;

/**
 * Bulk accounts from a CSV: all or nothing. A refused file lists its errors by line; an accepted one lists the
 * accounts with the one-time passwords that were generated, shown this once.
 */
class AccountImportPanel extends VerticalLayout {

    final Upload upload = new Upload();
    final LimitedUpload handler;
    final Grid<RowError> errors = new Grid<>();
    final Grid<AccountImport.Created> created = new Grid<>();
    final Paragraph passwordsNote = new Paragraph();

    private final transient AccountImport imports;
    private final Runnable onImported;

    AccountImportPanel(AccountImport imports, AccountUploads uploads, Runnable onImported) {
        this.imports = imports;
        this.onImported = onImported;
        this.handler = new LimitedUpload(uploads::receive, this::imported, this::refused);
        UploadSetup.configure(upload, handler, uploads.maxUploadSize(), false, "admin.import.upload", "admin.import.drop");
        errors.addColumn(RowError::line).setHeader(getTranslation("admin.import.line")).setAutoWidth(true);
        errors.addColumn(RowError::reason).setHeader(getTranslation("admin.import.reason")).setFlexGrow(3);
        created.addColumn(AccountImport.Created::line).setHeader(getTranslation("admin.import.line")).setAutoWidth(true);
        created.addColumn(AccountImport.Created::username).setHeader(getTranslation("admin.account.username"));
        created.addColumn(c -> c.oneTimePassword() == null ? getTranslation("admin.import.ownPassword") : c.oneTimePassword())
                .setHeader(getTranslation("admin.account.oneTimePassword"));
        passwordsNote.setText(getTranslation("admin.import.passwordsOnce"));
        for (var grid : new Grid<?>[] {errors, created}) {
            grid.setAllRowsVisible(true);
            grid.setVisible(false);
        }
        passwordsNote.setVisible(false);
        setPadding(false);
        add(new H3(getTranslation("admin.import.title")), new Paragraph(getTranslation("admin.import.intro")), upload,
                errors, passwordsNote, created);
    }

    void imported(Path file) {
        upload.clearFileList();
        try {
            show(imports.importFile(file));
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans up what is left
            }
        }
    }

    void show(AccountImport.Result result) {
        errors.setVisible(result.refused());
        created.setVisible(!result.refused());
        passwordsNote.setVisible(!result.refused() && result.created().stream().anyMatch(c -> c.oneTimePassword() != null));
        if (result.refused()) {
            errors.setItems(result.errors());
            Notifications.error(getTranslation("admin.import.refused", result.rejected()));
            return;
        }
        created.setItems(result.created());
        Notifications.success(getTranslation("admin.import.done", result.created().size()));
        onImported.run();
    }

    void refused(String reason) {
        upload.clearFileList();
        Notifications.error(reason);
    }
}
