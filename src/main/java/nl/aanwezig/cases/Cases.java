package nl.aanwezig.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Cases extends JpaRepository<PupilCase, Long> {

    Optional<PupilCase> findByPupilIdAndStatus(Long pupilId, PupilCase.Status status);

    List<PupilCase> findBySchoolIdAndStatusOrderByOpenedAtDesc(Long schoolId, PupilCase.Status status);

    List<PupilCase> findByStatus(PupilCase.Status status);

    List<PupilCase> findByPupilIdOrderByOpenedAtDesc(Long pupilId);
}
