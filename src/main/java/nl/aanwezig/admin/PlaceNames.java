package nl.aanwezig.admin;

import nl.aanwezig.school.Municipalities;
import nl.aanwezig.school.Regions;
import org.springframework.stereotype.Component;

/**
 * Gets a region or municipality by name, creating (and auditing) it when it is unknown. A region is created only when
 * the admin asks for it ({@link PlaceAdmin#region}); a school or account names an existing one ({@link #knownRegion}).
 */
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

    /** The id of the region with exactly this name, if the admin created it. */
    java.util.Optional<Long> knownRegion(String name) {
        return name == null ? java.util.Optional.empty() : regions.findByName(name).map(Regions.Region::id);
    }

    /** A problem for {@code field} when {@code name} is no region the admin created: regions are never made in passing. */
    void checkRegion(String field, String name, Problems problems) {
        if (name != null && knownRegion(name).isEmpty()) {
            problems.add(field, "admin.error.unknownRegion", nl.aanwezig.base.Echo.of(name));
        }
    }

    /**
     * A problem for {@code field} when a PO school joins a VO region or the other way round: samenwerkingsverbanden
     * passend onderwijs are per sector by law, so a region's PO or VO schools decide its sector. MBO is not bound.
     */
    void checkRegionSector(String field, String name, String brin, nl.aanwezig.school.Sector sector, Problems problems) {
        if (sector == null || sector == nl.aanwezig.school.Sector.MBO) {
            return;
        }
        // a region of one sector (an SWV's) refuses the other; a region that already holds both is not an SWV's
        // region (a leerplicht or RMC region, as the demo's) and takes either
        knownRegion(name).ifPresent(id -> {
            var sectors = regions.schoolsIn(id).stream().filter(s -> !s.brin().equals(brin))
                    .map(s -> s.sector()).filter(s -> s != nl.aanwezig.school.Sector.MBO).distinct().toList();
            if (sectors.size() == 1 && sectors.getFirst() != sector) {
                problems.add(field, "admin.school.error.regionSector", nl.aanwezig.base.Echo.of(name),
                        sectors.getFirst().name(), sector.name());
            }
        });
    }

    /** The id of a region {@link #checkRegion} accepted. */
    long regionId(String name) {
        return knownRegion(name).orElseThrow(() -> new AdminProblem(AdminProblem.Kind.INVALID,
                new Problems().add("region", "admin.error.unknownRegion", nl.aanwezig.base.Echo.of(name)).list()));
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
