package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * The error line of a part of a form that is not one field (the goals, the interventions): shown, in the field's
 * error colour, while the part is invalid, so an error of the part is marked where it is like a field's.
 */
public class Tier3Error extends Span implements HasValidation {

    private boolean invalid;

    public Tier3Error() {
        addClassName("tier3-error");
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
