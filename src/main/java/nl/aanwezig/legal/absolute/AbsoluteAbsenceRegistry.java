package nl.aanwezig.legal.absolute;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side other modules use (the chain review's quarterly thuiszitters registration): every record of a region,
 * open and closed, since the registration is cumulative.
 */
@Service
public class AbsoluteAbsenceRegistry {

    private final AbsoluteAbsences records;

    AbsoluteAbsenceRegistry(AbsoluteAbsences records) {
        this.records = records;
    }

    /**
     * All records of the region, open and closed, ordered by the first day without a school. This method checks no
     * access and audits nothing: the caller decides who may see the region's figures and records that read.
     */
    @Transactional(readOnly = true)
    public List<AbsoluteAbsenceFact> inRegion(long regionId) {
        return records.inRegion(regionId).stream()
                .map(a -> new AbsoluteAbsenceFact(a.id(), a.regionId(), a.municipality(), a.birthDate(), a.since(),
                        a.action(), a.status().name(), a.statusOn()))
                .toList();
    }

    /**
     * The child's full name, for the few places a person must be named; empty when there is no such record. Like
     * {@link #inRegion}, it checks no access: the caller does, and audits the read.
     */
    @Transactional(readOnly = true)
    public String nameOf(long id) {
        return records.find(id).map(AbsoluteAbsence::name).orElse("");
    }
}
