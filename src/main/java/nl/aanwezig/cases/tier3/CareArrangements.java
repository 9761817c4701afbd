package nl.aanwezig.cases.tier3;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareArrangements extends JpaRepository<CareArrangement, Long> {

    Optional<CareArrangement> findByCaseIdAndStatus(Long caseId, CareArrangement.Status status);

    Optional<CareArrangement> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<CareArrangement> findByCaseIdInAndStatus(java.util.Collection<Long> caseIds, CareArrangement.Status status);
}
