package nl.aanwezig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AanwezigApplication {

    public static void main(String[] args) {
        SpringApplication.run(AanwezigApplication.class, args);
    }
}
