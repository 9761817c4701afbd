package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.Registration;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.ThuiszitterStatuses;

/** The chair records how a thuiszitter on the list left the count (or counts again), for the registration. */
final class StatusForm extends HorizontalLayout {

    final Select<Registration.Status> status = new Select<>();
    final Button save = new Button(getTranslation("chainreview.ui.status.save"));
    final FormErrors errors = new FormErrors();

    StatusForm(ReviewView.Item item, ThuiszitterStatuses statuses, Runnable changed) {
        addClassName("thuiszitter-status");
        setAlignItems(Alignment.BASELINE);
        status.setLabel(getTranslation("chainreview.ui.status.label"));
        status.setItems(ThuiszitterStatuses.BY_THE_CHAIR);
        status.setItemLabelGenerator(s -> getTranslation("chainreview.status." + s.name()));
        status.setValue(Registration.Status.OPEN);
        save.addClickListener(e -> {
            if (errors.attempt(() -> statuses.set(item.id(), status.getValue()))) {
                Notifications.success(getTranslation("chainreview.ui.status.saved"));
                changed.run();
            }
        });
        add(status, save, errors);
    }
}
