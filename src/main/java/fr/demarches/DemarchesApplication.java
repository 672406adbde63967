package fr.demarches;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Accounts are loaded per portal by each security chain: no global in-memory user. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Démarches en ligne", sharedModules = "shared")
public class DemarchesApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemarchesApplication.class, args);
    }
}
