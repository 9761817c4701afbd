package nl.aanwezig.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByPupilIdOrderByIdAsc(Long pupilId);

    List<AuditEntry> findByUsernameOrderByIdAsc(String username);
}
