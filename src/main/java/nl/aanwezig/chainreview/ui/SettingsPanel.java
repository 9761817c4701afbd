package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.RegionSettings;
import nl.aanwezig.chainreview.ReviewSettings;

/** The region's chain review settings, for its SWV consultants: quarterly dates, chair, doorzettingsmacht. */
final class SettingsPanel extends Details {

    final TextField days = new TextField(getTranslation("chainreview.ui.settings.days"));
    final ComboBox<String> chair = new ComboBox<>(getTranslation("chainreview.ui.settings.chair"));
    final ComboBox<String> holder = new ComboBox<>(getTranslation("chainreview.ui.settings.holder"));
    final Button save = new Button(getTranslation("chainreview.ui.settings.save"));
    final FormErrors errors = new FormErrors();

    SettingsPanel(long regionId, ReviewSettings.Setting current, List<String> swv, RegionSettings settings) {
        setSummaryText(getTranslation("chainreview.ui.settings.title"));
        addClassName("chain-review-settings");
        days.setValue(current.reviewDays());
        days.setWidth("22em");
        chair.setItems(swv);
        chair.setValue(current.chair());
        holder.setItems(swv);
        holder.setValue(current.doorzettingHolder());
        save.addClickListener(e -> {
            if (errors.attempt(() -> settings.change(regionId, days.getValue(), chair.getValue(), holder.getValue()))) {
                Notifications.success(getTranslation("chainreview.ui.settings.saved"));
            }
        });
        VerticalLayout body = new VerticalLayout(new FormLayout(days, chair, holder), errors, save);
        body.setPadding(false);
        add(body);
    }
}
