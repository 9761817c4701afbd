package nl.aanwezig.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A pupil, known by school and pupil number (leerlingnummer). */
@Entity
public class Pupil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private Long schoolId;
    private String leerling;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @Column(name = "class_id")
    private Long classId;
    private String mentor;
    @Column(name = "start_qualification")
    private boolean startQualification;

    protected Pupil() {
    }

    public Pupil(Long schoolId, String leerling, String firstName, String lastName, LocalDate birthDate,
                 Sector sector, Long classId, String mentor, boolean startQualification) {
        this.schoolId = schoolId;
        this.leerling = leerling;
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.sector = sector;
        this.classId = classId;
        this.mentor = mentor;
        this.startQualification = startQualification;
    }

    /** Re-import of a known pupil: the administration is the source of these facts. */
    public void update(String firstName, String lastName, LocalDate birthDate, Sector sector, Long classId,
                       String mentor, boolean startQualification) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.sector = sector;
        this.classId = classId;
        this.mentor = mentor;
        this.startQualification = startQualification;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String leerling() {
        return leerling;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sector sector() {
        return sector;
    }

    public Long classId() {
        return classId;
    }

    public String mentor() {
        return mentor;
    }

    public boolean startQualification() {
        return startQualification;
    }
}
