package nl.aanwezig.legal.deviation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeviationRequests extends JpaRepository<DeviationRequest, Long> {

    List<DeviationRequest> findBySchoolIdOrderByIdDesc(Long schoolId);

    List<DeviationRequest> findByPupilIdAndStatus(Long pupilId, DeviationRequest.Status status);
}
