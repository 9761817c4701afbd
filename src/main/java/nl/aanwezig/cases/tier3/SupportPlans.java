package nl.aanwezig.cases.tier3;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportPlans extends JpaRepository<SupportPlan, Long> {

    Optional<SupportPlan> findByCaseIdAndStatus(Long caseId, SupportPlan.Status status);

    Optional<SupportPlan> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<SupportPlan> findByCaseIdInAndStatus(java.util.Collection<Long> caseIds, SupportPlan.Status status);
}
