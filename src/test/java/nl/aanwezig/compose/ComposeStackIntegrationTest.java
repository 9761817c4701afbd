package nl.aanwezig.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.support.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The app against the services of docker-compose.yml: real PostgreSQL and a real Zeebe broker. Needs a
 * Docker engine; skipped cleanly where there is none (as on the project's build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIntegrationTest {

    @Container
    static final ComposeContainer STACK = new ComposeContainer(new File("docker-compose.yml"))
            .withExposedService("postgres", 5432, Wait.forHealthcheck())
            .withExposedService("zeebe", 26500, Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(3)));

    @Test
    void the_app_starts_on_the_compose_stack_and_runs_the_route_on_the_broker() {
        String pg = STACK.getServiceHost("postgres", 5432) + ":" + STACK.getServicePort("postgres", 5432);
        String zeebe = STACK.getServiceHost("zeebe", 26500) + ":" + STACK.getServicePort("zeebe", 26500);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AanwezigApplication.class).run(
                "--spring.profiles.active=compose", "--server.port=0", "--aanwezig.demo-data=true",
                "--spring.datasource.url=jdbc:postgresql://" + pg + "/aanwezig",
                "--aanwezig.engine.grpc-address=http://" + zeebe)) {
            CaseTasks tasks = app.getBean(CaseTasks.class);
            Eventually.until(() -> tasks.count() >= 4, Duration.ofSeconds(60), "demo routes on the broker");
            assertThat(tasks.findAll()).allMatch(t -> t.jobKey() != null);
        }
    }
}
