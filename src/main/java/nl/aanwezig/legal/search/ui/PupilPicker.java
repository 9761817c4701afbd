package nl.aanwezig.legal.search.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.legal.search.LeerplichtSearch;
import nl.aanwezig.legal.search.PupilHit;

/**
 * A pupil of a school leerplicht serves, found by typing a name or pupil number (at least two characters); shows
 * name, pupil number, birth date, school and class.
 */
public class PupilPicker extends ComboBox<PupilHit> {

    public PupilPicker(LeerplichtSearch search) {
        super(Messages.nl("lpsearch.picker"));
        setHelperText(Messages.nl("lpsearch.picker.helper"));
        setWidth("32em");
        setItemLabelGenerator(PupilPicker::label);
        setItems(query -> {
            String filter = query.getFilter().orElse("");
            List<PupilHit> hits = filter.strip().length() < LeerplichtSearch.MIN_LENGTH ? List.of() : search.find(filter);
            return hits.stream().skip(query.getOffset()).limit(query.getLimit());
        });
    }

    static String label(PupilHit h) {
        return Messages.nl("lpsearch.picker.label", h.name(), h.leerling(),
                h.birthDate() == null ? "" : Messages.date(h.birthDate()), h.schoolName(),
                h.className() == null ? "" : h.className());
    }
}
