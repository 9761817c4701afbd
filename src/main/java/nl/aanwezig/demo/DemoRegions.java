package nl.aanwezig.demo;

import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import org.springframework.stereotype.Component;

/** Puts the demo schools in their regions (SWV VO and SWV PO) and scopes the SWV consultant to the VO one. */
@Component
class DemoRegions {

    static final String VO_REGION = "SWV VO Voorbeeldregio";
    static final String PO_REGION = "SWV PO Voorbeeldregio";

    private final Regions regions;

    DemoRegions(Regions regions) {
        this.regions = regions;
    }

    void assign(School vo, School po, String swvUsername) {
        Regions.Region voRegion = regions.region(VO_REGION);
        regions.assignSchool(vo.id(), voRegion.id());
        regions.assignSchool(po.id(), regions.region(PO_REGION).id());
        regions.assignAccount(swvUsername, voRegion.id());
    }
}
