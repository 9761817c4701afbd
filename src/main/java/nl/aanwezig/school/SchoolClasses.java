package nl.aanwezig.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClasses extends JpaRepository<SchoolClass, Long> {

    Optional<SchoolClass> findBySchoolIdAndName(Long schoolId, String name);

    List<SchoolClass> findBySchoolIdOrderByName(Long schoolId);
}
