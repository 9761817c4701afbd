package nl.aanwezig.school;

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

    protected School() {
    }

    public School(String brin, String name, Sector sector) {
        this.brin = brin;
        this.name = name;
        this.sector = sector;
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
}
