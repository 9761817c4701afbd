package nl.aanwezig.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dutch first: the app speaks Dutch whatever the browser asks; English can be added as a bundle. */
@Component
class AppI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.DUTCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(Messages.DUTCH, key, params);
    }
}
