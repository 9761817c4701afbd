package nl.aanwezig.admin;

import nl.aanwezig.school.Municipalities;
import nl.aanwezig.school.Regions;
import org.springframework.stereotype.Component;

/** Gets a region or municipality by name, creating (and auditing) it when it is unknown. */
@Component
class PlaceNames {

    private final Regions regions;
    private final Municipalities municipalities;
    private final AdminAudit audit;

    PlaceNames(Regions regions, Municipalities municipalities, AdminAudit audit) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    /** A found or created region and whether it was created. */
    record Found(long id, String name, boolean created) {
    }

    Found region(String name) {
        boolean known = regions.findByName(name).isPresent();
        Regions.Region region = regions.region(name);
        if (!known) {
            audit.changed("ADMIN_REGION_CREATE", region.name());
        }
        return new Found(region.id(), region.name(), !known);
    }

    Found municipality(String name) {
        boolean known = municipalities.findByName(name).isPresent();
        Municipalities.Municipality municipality = municipalities.municipality(name);
        if (!known) {
            audit.changed("ADMIN_MUNICIPALITY_CREATE", municipality.name());
        }
        return new Found(municipality.id(), municipality.name(), !known);
    }

    String regionName(Long id) {
        return id == null ? null : regions.find(id).map(Regions.Region::name).orElse(null);
    }

    String municipalityName(Long id) {
        return id == null ? null : municipalities.find(id).map(Municipalities.Municipality::name).orElse(null);
    }
}
