package fr.demarches.compte;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password rules and hashing (bcrypt behind a delegating encoder: the stored "{bcrypt}" prefix lets the algorithm change later). */
@Configuration(proxyBeanMethods = false)
public class MotsDePasse {

    public static final int LONGUEUR_MINIMALE = 12;
    /** Bcrypt reads 72 bytes at most, and Spring's encoder refuses more: an accented letter takes two of them. */
    public static final int OCTETS_MAXIMAUX = 72;

    /** Hashes with bcrypt at the configured cost; tests lower it, production keeps the default 10 or more. */
    @Bean
    PasswordEncoder passwordEncoder(ProprietesComptes proprietes) {
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(proprietes.coutBcrypt())));
    }

    /** Why a password is refused, in French, or empty when it is acceptable. */
    public static Optional<String> refus(String motDePasse) {
        if (motDePasse == null || motDePasse.length() < LONGUEUR_MINIMALE) {
            return Optional.of("Le mot de passe doit contenir au moins " + LONGUEUR_MINIMALE + " caractères.");
        }
        if (motDePasse.getBytes(StandardCharsets.UTF_8).length > OCTETS_MAXIMAUX) {
            return Optional.of("Le mot de passe ne doit pas dépasser " + OCTETS_MAXIMAUX
                    + " caractères (un peu moins s'il contient des lettres accentuées ou des symboles).");
        }
        if (motDePasse.isBlank()) {
            return Optional.of("Le mot de passe ne peut pas être composé uniquement d'espaces.");
        }
        return Optional.empty();
    }
}
