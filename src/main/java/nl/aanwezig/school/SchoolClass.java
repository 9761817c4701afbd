package nl.aanwezig.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A class (VO) or group (PO) within a school. */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private Long schoolId;
    private String name;

    protected SchoolClass() {
    }

    public SchoolClass(Long schoolId, String name) {
        this.schoolId = schoolId;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }
}
