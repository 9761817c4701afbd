package nl.aanwezig.admin;

import java.util.List;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolClass;
import nl.aanwezig.school.SchoolClasses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The classes (VO) or groups (PO) of a school. Only here are they created: a pupil import refuses a class not made here. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ClassAdmin {

    static final int MAX_NAME = 40;

    private final SchoolAdmin schools;
    private final SchoolClasses classes;
    private final JdbcTemplate jdbc;
    private final AdminAudit audit;

    ClassAdmin(SchoolAdmin schools, SchoolClasses classes, JdbcTemplate jdbc, AdminAudit audit) {
        this.schools = schools;
        this.classes = classes;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Adds a class; a class of that name that exists already is left as it is ({@code false}). */
    @Transactional
    public boolean add(String brin, String name) {
        School school = schools.school(brin);
        Problems problems = new Problems();
        String clean = problems.required("className", name, MAX_NAME);
        problems.throwIfAny();
        if (classes.findBySchoolIdAndName(school.id(), clean).isPresent()) {
            return false;
        }
        classes.save(new SchoolClass(school.id(), clean));
        audit.changed("ADMIN_CLASS_CREATE", "brin=" + school.brin() + " klas=" + clean);
        return true;
    }

    /** Removes a class that has no pupils; a class with pupils is refused (move them by a pupil import). */
    @Transactional
    public void remove(String brin, String name) {
        School school = schools.school(brin);
        SchoolClass schoolClass = classes.findBySchoolIdAndName(school.id(), Problems.clean(name))
                .orElseThrow(() -> AdminProblem.notFound("admin.class.error.unknown", nl.aanwezig.base.Echo.of(name)));
        Integer pupils = jdbc.queryForObject("select count(*) from pupil where class_id = ?", Integer.class, schoolClass.id());
        if (pupils != null && pupils > 0) {
            throw AdminProblem.conflict("className", "admin.class.error.hasPupils", schoolClass.name(), pupils);
        }
        classes.delete(schoolClass);
        audit.changed("ADMIN_CLASS_DELETE", "brin=" + school.brin() + " klas=" + schoolClass.name());
    }

    @Transactional(readOnly = true)
    public List<String> of(String brin) {
        return classes.findBySchoolIdOrderByName(schools.school(brin).id()).stream().map(SchoolClass::name).toList();
    }
}
