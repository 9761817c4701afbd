package nl.aanwezig.demo;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo's schools, classes, pupils and logins (password "demo" for all, embedded default only). */
@Component
class DemoPeople {

    static final String VO_BRIN = "12AB";
    static final String PO_BRIN = "34CD";
    static final String PASSWORD = "demo";

    private static final String[] FIRST = {"Sem", "Emma", "Noah", "Julia", "Liam", "Mila", "Lucas", "Tess", "Finn",
        "Sophie", "Daan", "Zoë", "Levi", "Sara", "Milan", "Nora", "Bram", "Evi", "Jesse", "Lotte", "Mohamed", "Yara",
        "Thijs", "Fleur", "Adam", "Lina", "Ruben", "Anna", "Sven", "Amira"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Smits", "de Graaf", "El Amrani", "Yilmaz", "van Dijk", "Kok"};

    private final Schools schools;
    private final SchoolClasses classes;
    private final Pupils pupils;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final DemoRegions regions;

    DemoPeople(Schools schools, SchoolClasses classes, Pupils pupils, StaffAccounts accounts, PasswordEncoder encoder,
               JdbcTemplate jdbc, DemoRegions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.schools = schools;
        this.classes = classes;
        this.pupils = pupils;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Transactional
    List<School> load() {
        School vo = schools.save(new School(VO_BRIN, "Horizon College", Sector.VO));
        School po = schools.save(new School(PO_BRIN, "Basisschool De Klimop", Sector.PO));
        String hash = encoder.encode(PASSWORD);
        account("mentor", "Jan Jansen (mentor 2B)", hash, Role.MENTOR, vo);
        account("mentor2", "Fatima Amrani (mentor 1A, 3C)", hash, Role.MENTOR, vo);
        account("oc", "Olga Claassen (OC Horizon College)", hash, Role.OC, vo);
        account("directie", "Dirk de Vries (directeur Horizon College)", hash, Role.DIRECTIE, vo);
        account("mentor.po", "Peter de Leeuw (leerkracht De Klimop)", hash, Role.MENTOR, po);
        account("oc.po", "Ineke Bos (IB/OC De Klimop)", hash, Role.OC, po);
        account("leerplicht", "Lars Pieters (leerplichtambtenaar)", hash, Role.LEERPLICHT, null);
        account("jeugdarts", "Dr. Anouk Verhoef (jeugdarts GGD)", hash, Role.JEUGDARTS, null);
        account("swv", "Sanne Willems (consulent SWV)", hash, Role.SWV, null);
        account("coach", "Mirjam de Haan (jeugd- en gezinscoach)", hash, Role.COACH, null);
        account("admin", "Beheerder", hash, Role.ADMIN, null);
        accounts.flush();
        // the partners' real organisations, as the admin enters them (an invitation names them to the school)
        jdbc.update("""
                update staff_account set organisation = case username
                    when 'leerplicht' then 'Gemeente Voorbeeld, afdeling leerplicht'
                    when 'jeugdarts' then 'GGD Regio Voorbeeld, jeugdgezondheidszorg'
                    when 'swv' then 'Samenwerkingsverband Regio Voorbeeld'
                    when 'coach' then 'Jeugd- en gezinsteam Voorbeeld' end
                where username in ('leerplicht', 'jeugdarts', 'swv', 'coach')""");
        regions.assign(vo, po, "swv", "leerplicht");
        // the leerplichtambtenaar works for the municipality whose letter templates they edit
        jdbc.update("insert into municipality (name) values ('Voorbeeldstad') on conflict (name) do nothing");
        jdbc.update("""
                update staff_account set municipality_id = (select id from municipality where name = 'Voorbeeldstad')
                where username = 'leerplicht'""");
        int n = 0;
        n = pupilsOf(vo, "1A", "mentor2", 12, n, 2013);
        n = pupilsOf(vo, "2B", "mentor", 12, n, 2012);
        n = pupilsOf(vo, "3C", "mentor2", 12, n, 2011);
        n = pupilsOf(po, "groep 5", "mentor.po", 8, n, 2017);
        n = pupilsOf(po, "groep 6", "mentor.po", 8, n, 2016);
        pupilsOf(po, "groep 7", "mentor.po", 8, n, 2015);
        return List.of(vo, po);
    }

    /** The municipality's leerplichtambtenaar and the GGD's jeugdarts serve both demo schools. */
    @Transactional
    void linkPartners(long schoolId) {
        jdbc.update("insert into school_partner (school_id, username, role) values (?, 'leerplicht', 'LEERPLICHT'), (?, 'jeugdarts', 'JEUGDARTS')",
                schoolId, schoolId);
    }

    private void account(String username, String name, String hash, Role role, School school) {
        accounts.save(new StaffAccount(username, name, hash, role, school == null ? null : school.id()));
    }

    private int pupilsOf(School school, String className, String mentor, int count, int n, int birthYear) {
        SchoolClass c = classes.save(new SchoolClass(school.id(), className));
        for (int i = 0; i < count; i++, n++) {
            String leerling = String.valueOf((school.sector() == Sector.VO ? 100000 : 200000) + n);
            pupils.save(new Pupil(school.id(), leerling, FIRST[n % FIRST.length], LAST[(n * 7) % LAST.length],
                    LocalDate.of(birthYear, 1 + n % 12, 1 + n % 28), school.sector(), c.id(), mentor, false));
        }
        return n;
    }
}
