package fr.demarches.shared;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.chiffrement.cle}: the AES-256 key of {@link Chiffrement}, 32 bytes in base64. No default: only the demo
 * and test profiles have one, so a production start without it fails at once.
 */
@Validated
@ConfigurationProperties("app.chiffrement")
record ProprietesChiffrement(
        @NotBlank(message = "app.chiffrement.cle est obligatoire (openssl rand -base64 32)") String cle) {
}
