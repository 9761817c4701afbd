package nl.aanwezig.school;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Schools extends JpaRepository<School, Long> {

    Optional<School> findByBrin(String brin);
}
