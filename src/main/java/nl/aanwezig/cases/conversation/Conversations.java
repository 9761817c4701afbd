package nl.aanwezig.cases.conversation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Conversations extends JpaRepository<Conversation, Long> {

    List<Conversation> findByCaseIdOrderByHeldOnDescIdDesc(Long caseId);
}
