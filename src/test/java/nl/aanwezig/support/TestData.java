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
