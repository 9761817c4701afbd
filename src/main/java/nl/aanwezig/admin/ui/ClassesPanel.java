package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.aanwezig.admin.ClassAdmin;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;

/** The classes (groups) of a school: add one, remove one without pupils. */
class ClassesPanel extends VerticalLayout {

    final Grid<String> grid = new Grid<>();
    final TextField name = new TextField();
    final Button add = new Button();
    final FieldErrors errors = new FieldErrors();

    private final transient ClassAdmin classes;
    private String brin;

    ClassesPanel(ClassAdmin classes) {
        this.classes = classes;
        name.setLabel(getTranslation("admin.class.name"));
        name.setId("class-name");
        add.setText(getTranslation("admin.class.add"));
        add.setId("class-add");
        add.addClickListener(e -> add());
        grid.addColumn(c -> c).setHeader(getTranslation("admin.class.name"));
        grid.addComponentColumn(c -> {
            Button remove = new Button(getTranslation("admin.class.remove"), e -> remove(c));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setAllRowsVisible(true);
        errors.bind("className", name);
        HorizontalLayout form = new HorizontalLayout(name, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        add(new H3(getTranslation("admin.classes.title")), grid, form);
    }

    void show(String schoolBrin) {
        this.brin = schoolBrin;
        grid.setItems(classes.of(schoolBrin));
    }

    void add() {
        errors.clear();
        try {
            boolean created = classes.add(brin, name.getValue());
            Notifications.success(getTranslation(created ? "admin.class.added" : "admin.class.existed", name.getValue().strip()));
            name.clear();
            show(brin);
        } catch (UserFacingException e) {
            errors.show(e);
        }
    }

    void remove(String className) {
        try {
            classes.remove(brin, className);
            Notifications.success(getTranslation("admin.class.removed", className));
            show(brin);
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
    }
}
