package nl.aanwezig.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolClass;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.school.Schools;
import nl.aanwezig.school.Sector;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools: created by BRIN (the same school again changes nothing, another school under a known BRIN is a
 * conflict), corrected, listed. The region must be one the admin created ({@link PlaceAdmin#region}): an unknown
 * one is refused (422), never created in passing. A municipality named for a school is created when unknown.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SchoolAdmin {

    /** Four characters, two digits and two letters in practice; a location number of two digits may follow. */
    static final Pattern BRIN = Pattern.compile("[0-9A-Z]{4}([0-9]{2})?");
    static final int MAX_NAME = 200;

    private final Schools schools;
    private final SchoolClasses classes;
    private final PlaceNames places;
    private final AdminAudit audit;

    SchoolAdmin(Schools schools, SchoolClasses classes, PlaceNames places, AdminAudit audit) {
        this.schools = schools;
        this.classes = classes;
        this.places = places;
        this.audit = audit;
    }

    /** The school after the call, and whether the call created it (else it was there already, identical). */
    public record Saved(SchoolInfo school, boolean created) {
    }

    private record Valid(String brin, String name, Sector sector, String region, String municipality) {
    }

    @Transactional
    public Saved create(SchoolForm form) {
        Valid valid = validate(form, null);
        var existing = schools.findByBrin(valid.brin());
        if (existing.isPresent()) {
            if (!same(existing.get(), valid)) {
                throw AdminProblem.conflict("brin", "admin.school.error.conflict", valid.brin());
            }
            return new Saved(info(existing.get()), false);
        }
        School created = new School(valid.brin(), valid.name(), valid.sector(), places.regionId(valid.region()),
                municipalityId(valid));
        created.setFamilySeesStaffNames(Boolean.TRUE.equals(form.familySeesStaffNames()));
        School school = schools.save(created);
        audit.changed("ADMIN_SCHOOL_CREATE", "brin=" + school.brin());
        return new Saved(info(school), true);
    }

    /** Corrects name, sector, region and municipality of a known school; the BRIN stays. */
    @Transactional
    public SchoolInfo update(String brin, SchoolForm form) {
        School school = school(brin);
        Valid valid = validate(new SchoolForm(school.brin(), form.name(), form.sector(), form.region(),
                form.municipality()), school);
        school.edit(valid.name(), valid.sector(), places.regionId(valid.region()), municipalityId(valid));
        if (form.familySeesStaffNames() != null) {
            school.setFamilySeesStaffNames(form.familySeesStaffNames());
        }
        audit.changed("ADMIN_SCHOOL_UPDATE", "brin=" + school.brin());
        return info(school);
    }

    @Transactional(readOnly = true)
    public List<SchoolInfo> list() {
        Map<Long, List<String>> classNames = classes.findAll().stream().sorted(
                        java.util.Comparator.comparing(SchoolClass::name))
                .collect(Collectors.groupingBy(SchoolClass::schoolId, Collectors.mapping(SchoolClass::name, Collectors.toList())));
        return schools.findAll().stream().sorted(java.util.Comparator.comparing(School::name))
                .map(s -> info(s, classNames.getOrDefault(s.id(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public SchoolInfo get(String brin) {
        return info(school(brin));
    }

    /** The known school by BRIN (any case); unknown is a {@link AdminProblem.Kind#NOT_FOUND}. */
    School school(String brin) {
        String clean = brin == null ? "" : brin.strip().toUpperCase(Locale.ROOT);
        return schools.findByBrin(clean).orElseThrow(() -> AdminProblem.notFound("admin.school.error.unknown",
                nl.aanwezig.base.Echo.of(clean)));
    }

    private Long municipalityId(Valid valid) {
        return valid.municipality() == null ? null : places.municipality(valid.municipality()).id();
    }

    private boolean same(School school, Valid valid) {
        return school.name().equals(valid.name()) && school.sector() == valid.sector()
                && Objects.equals(places.regionName(school.regionId()), valid.region())
                && Objects.equals(places.municipalityName(school.municipalityId()), valid.municipality());
    }

    /** {@code existing}: the school being corrected, null for a new one (whose BRIN is then checked). */
    private Valid validate(SchoolForm form, School existing) {
        boolean checkBrin = existing == null;
        Problems problems = new Problems();
        String brin = Problems.clean(form.brin());
        brin = brin == null ? null : brin.toUpperCase(Locale.ROOT);
        if (checkBrin && brin == null) {
            problems.add("brin", "admin.error.required");
        } else if (checkBrin && !BRIN.matcher(brin).matches()) {
            problems.add("brin", "admin.school.error.brin", nl.aanwezig.base.Echo.of(brin));
        }
        String name = problems.required("name", form.name(), MAX_NAME);
        Sector sector = sector(form.sector(), problems);
        String region = problems.required("region", form.region(), PlaceAdmin.MAX_NAME);
        if (region != null && region.length() <= PlaceAdmin.MAX_NAME) {
            places.checkRegion("region", region, problems);
            // a school already in a mixed region (from before this rule) may still be corrected in other fields
            boolean moves = existing == null || existing.sector() != sector
                    || !Objects.equals(existing.regionId(), places.knownRegion(region).orElse(null));
            if (moves) {
                places.checkRegionSector("region", region, brin, sector, problems);
            }
        }
        String municipality = problems.optional("municipality", form.municipality(), PlaceAdmin.MAX_NAME);
        problems.throwIfAny();
        return new Valid(brin, name, sector, region, municipality);
    }

    private static Sector sector(String value, Problems problems) {
        String clean = Problems.clean(value);
        for (Sector sector : Sector.values()) {
            if (sector.name().equalsIgnoreCase(clean)) {
                return sector;
            }
        }
        problems.add("sector", "admin.school.error.sector");
        return null;
    }

    SchoolInfo info(School school) {
        return info(school, classes.findBySchoolIdOrderByName(school.id()).stream().map(SchoolClass::name).toList());
    }

    private SchoolInfo info(School school, List<String> classNames) {
        return new SchoolInfo(school.brin(), school.name(), school.sector(), places.regionName(school.regionId()),
                places.municipalityName(school.municipalityId()), classNames, school.familySeesStaffNames());
    }
}
