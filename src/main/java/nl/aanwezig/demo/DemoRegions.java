package nl.aanwezig.demo;

import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import org.springframework.stereotype.Component;

/** Puts the demo schools in one region and scopes the SWV consultant and leerplicht to it. */
@Component
class DemoRegions {

    /** One region with both schools: the chain review (ketenoverleg) of the demo discusses PO and VO pupils. */
    static final String REGION = "Regio Voorbeeld";

    private final Regions regions;

    DemoRegions(Regions regions) {
        this.regions = regions;
    }

    /** Both schools in the region; the SWV consultant and the leerplichtambtenaar work for it. */
    void assign(School vo, School po, String swvUsername, String leerplichtUsername) {
        Regions.Region region = regions.region(REGION);
        regions.assignSchool(vo.id(), region.id());
        regions.assignSchool(po.id(), region.id());
        regions.assignAccount(swvUsername, region.id());
        regions.assignAccount(leerplichtUsername, region.id());
    }
}
