package fr.demarches.portail.banc;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The framework ceilings of the benchmark (bench/): the cheapest answers this application can give, measured
 * under the same load tool as the real scenarios. Only under the {@code bench} profile: production has no
 * such URL (a 404 like any unknown page).
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class Banc {

    /** Largest body /bench/octets streams, so that the endpoint cannot be turned into a memory or disk hog. */
    static final long TAILLE_MAX = 100L * 1024 * 1024;

    /** A chain of its own, before the portals' ones: no session, no login, nothing stored. */
    @Bean
    @Order(0)
    SecurityFilterChain chaineBanc(HttpSecurity http) throws Exception {
        return http.securityMatcher("/bench/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .build();
    }

    @RestController
    static class BancController {

        private static final byte[] BLOC = new byte[64 * 1024];

        static {
            Arrays.fill(BLOC, (byte) 'x');
        }

        /** The request-per-second ceiling: the whole stack (Tomcat, filters, Spring MVC), no work. */
        @GetMapping(value = "/bench/ping", produces = MediaType.TEXT_PLAIN_VALUE)
        String ping() {
            return "pong";
        }

        /** The bytes-per-second ceiling: the same streaming as the dossier ZIP, without reading or zipping. */
        @GetMapping("/bench/octets")
        ResponseEntity<StreamingResponseBody> octets(@RequestParam long taille) {
            long total = Math.max(0, Math.min(taille, TAILLE_MAX));
            StreamingResponseBody corps = sortie -> {
                for (long restant = total; restant > 0; restant -= BLOC.length) {
                    sortie.write(BLOC, 0, (int) Math.min(BLOC.length, restant));
                }
            };
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).contentLength(total).body(corps);
        }
    }
}
