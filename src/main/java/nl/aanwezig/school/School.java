package nl.aanwezig.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A school, known by its BRIN code. */
@Entity
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String brin;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @Column(name = "region_id")
    private Long regionId;
    @Column(name = "municipality_id")
    private Long municipalityId;
    /** Whether the family's access log names staff (else only their role and organisation); the school decides. */
    @Column(name = "family_sees_staff_names")
    private boolean familySeesStaffNames;

    protected School() {
    }

    public School(String brin, String name, Sector sector) {
        this.brin = brin;
        this.name = name;
        this.sector = sector;
    }

    /** With its region (SWV) and municipality, as the admin registers a school. */
    public School(String brin, String name, Sector sector, Long regionId, Long municipalityId) {
        this(brin, name, sector);
        this.regionId = regionId;
        this.municipalityId = municipalityId;
    }

    /** The admin corrects the facts of a school; the BRIN is its identity and stays. */
    public void edit(String name, Sector sector, Long regionId, Long municipalityId) {
        this.name = name;
        this.sector = sector;
        this.regionId = regionId;
        this.municipalityId = municipalityId;
    }

    public boolean familySeesStaffNames() {
        return familySeesStaffNames;
    }

    public void setFamilySeesStaffNames(boolean names) {
        this.familySeesStaffNames = names;
    }

    public Long id() {
        return id;
    }

    public String brin() {
        return brin;
    }

    public String name() {
        return name;
    }

    public Sector sector() {
        return sector;
    }

    public Long regionId() {
        return regionId;
    }

    public Long municipalityId() {
        return municipalityId;
    }
}
