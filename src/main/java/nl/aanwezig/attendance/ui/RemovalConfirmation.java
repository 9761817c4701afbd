package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import nl.aanwezig.attendance.importing.ImportResult;

/**
 * Asks before an absence export removes many registered lessons: says how many of how many, imports the same file
 * again with that number confirmed on "Toch importeren", or lets it go. Nothing was written while it asks.
 */
class RemovalConfirmation extends Dialog {

    final Button confirm = new Button(getTranslation("absroute.confirm.yes"));
    final Button cancel = new Button(getTranslation("absroute.confirm.no"));

    RemovalConfirmation(ImportResult.ExportOutcome outcome, Runnable onConfirm, Runnable onCancel) {
        setHeaderTitle(getTranslation("absroute.confirm.title"));
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("absroute.confirm.text", outcome.lessonsToRemove(), outcome.lessonsInPeriod())));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            close();
            onConfirm.run();
        });
        cancel.addClickListener(e -> {
            close();
            onCancel.run();
        });
        addDialogCloseActionListener(e -> {
            close();
            onCancel.run();
        });
        getFooter().add(cancel, confirm);
    }
}
