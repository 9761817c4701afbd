package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "Wie waren erbij?" with its choices; a missing answer is shown on the group, not on one of its fields. */
class ParticipantsGroup extends Div implements HasValidation {

    final Span error = new Span();
    private boolean invalid;

    ParticipantsGroup(String label) {
        addClassName("participants-group");
        Paragraph heading = new Paragraph(label);
        heading.setId("participants-label");
        error.addClassName("participants-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", "participants-label");
        add(heading);
    }

    /** The error line goes last, under the choices. */
    void addChoices(com.vaadin.flow.component.Component... choices) {
        add(choices);
        add(error);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
        getElement().setAttribute("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
