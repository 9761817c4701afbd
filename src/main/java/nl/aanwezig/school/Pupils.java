package nl.aanwezig.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Pupils extends JpaRepository<Pupil, Long> {

    Optional<Pupil> findBySchoolIdAndLeerling(Long schoolId, String leerling);

    List<Pupil> findBySchoolIdAndMentorOrderByLastName(Long schoolId, String mentor);

    List<Pupil> findBySchoolIdOrderByLastName(Long schoolId);
}
