package nl.aanwezig.school;

import java.util.Optional;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Schools extends JpaRepository<School, Long> {

    Optional<School> findByBrin(String brin);

    /** The school an API address names by its BRIN; a 404 that echoes the BRIN when there is none. */
    default School requireByBrin(String brin) {
        return findByBrin(brin).orElseThrow(() -> new ApiProblems.NotFound(
                Messages.nl("api.signals.unknownSchool", Echo.of(brin))));
    }
}
