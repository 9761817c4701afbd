package nl.aanwezig.admin;

import java.util.List;
import nl.aanwezig.school.Sector;

/** A school as the administration shows it, with the names of its classes. */
public record SchoolInfo(String brin, String name, Sector sector, String region, String municipality,
                         List<String> classes, boolean familySeesStaffNames) {

    /** Copies the classes. */
    public SchoolInfo {
        classes = List.copyOf(classes);
    }
}
