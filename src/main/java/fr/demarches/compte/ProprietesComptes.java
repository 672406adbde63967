package fr.demarches.compte;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.comptes.*}: the bcrypt cost of the passwords, how long an unconfirmed citizen account is kept, how long
 * a set-password link stays valid (read by the notifications that send it), and the first platform administrator
 * created at start-up when there is none (no default outside the demo profile). The purge time ({@code purge-cron})
 * is read by its {@code @Scheduled} annotation.
 */
@Validated
@ConfigurationProperties("app.comptes")
public record ProprietesComptes(
        @Min(4) @Max(31) int coutBcrypt,
        @NotNull Duration dureeNonConfirme,
        @NotNull Duration validiteLienMotDePasse,
        @Valid @NotNull AdministrateurInitial administrateurInitial) {

    /** Blank identifier: nobody is created. */
    public record AdministrateurInitial(String identifiant, String motDePasse, String nom) {
    }
}
