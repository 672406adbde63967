package fr.demarches.procuration.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.shared.Chiffrement;

import org.springframework.stereotype.Component;

/**
 * The officer's "decision recorded" message, carried to the home page in its redirect's parameter instead of the
 * session (a flash attribute was one session write, then one delete on the home page). Encrypted and authenticated
 * with the platform key: the URL shows no reference, nobody can forge a message, and only the officer who decided,
 * within a few minutes, reads it.
 */
@Component
class AvisDecision {

    private static final Duration VALIDITE = Duration.ofMinutes(10);

    private final Chiffrement chiffrement;
    private final Clock horloge;

    AvisDecision(Chiffrement chiffrement, Clock horloge) {
        this.chiffrement = chiffrement;
        this.horloge = horloge;
    }

    /** The parameter for {@code officier}'s decision on {@code reference}. */
    String sceller(UUID officier, String reference, boolean resiliation, boolean validee) {
        String clair = officier + "|" + horloge.instant().getEpochSecond() + "|" + (resiliation ? "R" : "D")
                + (validee ? "V" : "F") + "|" + reference;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(chiffrement.chiffrer(clair));
    }

    /** The message, if {@code parametre} is a recent decision of {@code officier}; nothing otherwise. */
    Optional<String> ouvrir(String parametre, UUID officier) {
        String[] champs;
        try {
            champs = chiffrement.dechiffrer(Base64.getUrlDecoder().decode(parametre)).split("\\|", 4);
        } catch (RuntimeException illisible) {
            return Optional.empty();
        }
        if (champs.length != 4 || !champs[0].equals(officier.toString()) || champs[2].length() != 2
                || Instant.ofEpochSecond(Long.parseLong(champs[1])).plus(VALIDITE).isBefore(horloge.instant())) {
            return Optional.empty();
        }
        boolean validee = champs[2].charAt(1) == 'V';
        String quoi = champs[2].charAt(0) == 'R' ? "La résiliation de la procuration " : "La procuration ";
        return Optional.of(quoi + champs[3] + (validee
                ? " est validée. Elle est transmise à la commune et le mandant en est informé par courriel."
                : " est refusée. Le mandant en est informé par courriel."));
    }
}
