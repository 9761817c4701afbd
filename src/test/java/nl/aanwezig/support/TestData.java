package nl.aanwezig.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolClass;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.school.Schools;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test data factories. Every method is get-or-create, so test classes sharing one context can call
 * them in each test. Logins get the password "test".
 */
@Component
public class TestData {

    public static final String PASSWORD = "test";

    private final Schools schools;
    private final SchoolClasses classes;
    private final Pupils pupils;
    private final StaffAccounts accounts;
    private final RegistrationStore registrations;
    private final PasswordEncoder encoder;

    TestData(Schools schools, SchoolClasses classes, Pupils pupils, StaffAccounts accounts,
             RegistrationStore registrations, PasswordEncoder encoder) {
        this.schools = schools;
        this.classes = classes;
        this.pupils = pupils;
        this.accounts = accounts;
        this.registrations = registrations;
        this.encoder = encoder;
    }

    @Transactional
    public School school(String brin, Sector sector) {
        return schools.findByBrin(brin).orElseGet(() -> schools.save(new School(brin, "School " + brin, sector)));
    }

    @Transactional
    public StaffAccount account(String username, Role role, School school) {
        return accounts.findById(username).orElseGet(() -> accounts.save(new StaffAccount(username, username + " (test)",
                encoder.encode(PASSWORD), role, school == null ? null : school.id())));
    }

    /** Classes of the school, as the admin creates them before a pupil import may name them. */
    @Transactional
    public void classes(School school, String... names) {
        for (String name : names) {
            classes.findBySchoolIdAndName(school.id(), name).orElseGet(() -> classes.save(new SchoolClass(school.id(), name)));
        }
    }

    /**
     * What the admin sets up before a pupils file ({@code school;...;klas;mentor;...}, header first, {@code ;}) may be
     * imported: each class it names in its school, and each mentor it names as a mentor account of that school. The
     * schools must exist; a BRIN not known is left alone (the import refuses its rows).
     */
    @Transactional
    public void classesAndMentorsOf(String pupilsCsv) {
        String[] lines = pupilsCsv.split("\r?\n");
        List<String> header = List.of(lines[0].split(";", -1));
        int school = header.indexOf("school");
        int klas = header.indexOf("klas");
        int mentor = header.indexOf("mentor");
        java.util.Map<String, School> byBrin = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(";", -1);
            if (cells.length <= Math.max(school, Math.max(klas, mentor))) {
                continue;
            }
            School s = byBrin.computeIfAbsent(cells[school], brin -> schools.findByBrin(brin).orElse(null));
            if (s == null) {
                continue;
            }
            if (klas >= 0 && !cells[klas].isBlank()) {
                classes(s, cells[klas]);
            }
            if (mentor >= 0 && !cells[mentor].isBlank()) {
                account(cells[mentor], Role.MENTOR, s);
            }
        }
    }

    @Transactional
    public Pupil pupil(School school, String leerling, String className, String mentor) {
        return pupils.findBySchoolIdAndLeerling(school.id(), leerling).orElseGet(() -> {
            SchoolClass c = classes.findBySchoolIdAndName(school.id(), className)
                    .orElseGet(() -> classes.save(new SchoolClass(school.id(), className)));
            return pupils.save(new Pupil(school.id(), leerling, "Kim" + leerling, "Test", LocalDate.of(2012, 5, 1),
                    school.sector(), c.id(), mentor, false));
        });
    }

    /** VO day of six 50-minute lessons; the first {@code unexplained} lessons absent with reason onbekend. */
    public int voDay(Pupil pupil, LocalDate date, int unexplained) {
        List<RegistrationRecord> day = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 30);
        for (int i = 0; i < 6; i++, start = start.plusMinutes(50)) {
            boolean absent = i < unexplained;
            day.add(new RegistrationRecord(pupil.id(), date, start, start.plusMinutes(50),
                    absent ? "afwezig" : "aanwezig", absent ? "onbekend" : null, 0));
        }
        return registrations.insert(day);
    }
}
