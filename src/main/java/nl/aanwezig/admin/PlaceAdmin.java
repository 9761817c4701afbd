package nl.aanwezig.admin;

import java.util.List;
import nl.aanwezig.school.Municipalities;
import nl.aanwezig.school.Regions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions (samenwerkingsverbanden) and municipalities (gemeenten), kept by name. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PlaceAdmin {

    static final int MAX_NAME = 200;

    private final Regions regions;
    private final Municipalities municipalities;
    private final PlaceNames names;

    PlaceAdmin(Regions regions, Municipalities municipalities, PlaceNames names) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.names = names;
    }

    /** A region or municipality, and whether this call created it. */
    public record Place(long id, String name, boolean created) {
    }

    @Transactional(readOnly = true)
    public List<Place> regions() {
        return regions.all().stream().map(r -> new Place(r.id(), r.name(), false)).toList();
    }

    @Transactional(readOnly = true)
    public List<Place> municipalities() {
        return municipalities.all().stream().map(m -> new Place(m.id(), m.name(), false)).toList();
    }

    /** Creates the region, or finds it when it exists by that name. */
    @Transactional
    public Place region(String name) {
        PlaceNames.Found found = names.region(valid(name));
        return new Place(found.id(), found.name(), found.created());
    }

    /** Creates the municipality, or finds it when it exists by that name. */
    @Transactional
    public Place municipality(String name) {
        PlaceNames.Found found = names.municipality(valid(name));
        return new Place(found.id(), found.name(), found.created());
    }

    private static String valid(String name) {
        Problems problems = new Problems();
        String clean = problems.required("name", name, MAX_NAME);
        problems.throwIfAny();
        return clean;
    }
}
