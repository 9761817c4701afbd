package nl.aanwezig.cases.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEvents extends JpaRepository<CaseEvent, Long> {

    boolean existsBySourceKey(String sourceKey);

    List<CaseEvent> findByCaseIdInOrderByOccurredAtDescIdDesc(List<Long> caseIds);

    List<CaseEvent> findByCaseIdOrderByIdAsc(Long caseId);
}
