package fr.demarches.procuration;

import java.time.LocalDate;

/**
 * Whether a procuration (or its résiliation) is established online, with no officer: the mandant proved identity
 * with a certified electronic identification means at the required level (France Identité through FranceConnect+,
 * eIDAS level « élevé », {@code acr} {@code eidas3}). Below that level (FranceConnect {@code eidas1}, a password),
 * the mandant still shows the six-character reference to an officer.
 * <p>
 * Source: décret n° 2025-1059 du 3 novembre 2025 (procuration établie en ligne au moyen d'un moyen d'identification
 * électronique certifié, Code électoral art. R72 et suivants modifiés). The date used is the décret's; the required
 * level is a setting ({@code app.procurations.niveau-identite-en-ligne}).
 */
public final class EtablissementEnLigne {

    /** Requests made from this day on may be established online. */
    public static final LocalDate DECRET_2025_1059 = LocalDate.of(2025, 11, 3);

    private EtablissementEnLigne() {
    }

    /** {@code niveauAtteste}: the level of the current sign-in ({@code acr}), null for a password. */
    public static boolean possible(String niveauAtteste, String niveauRequis, LocalDate jour) {
        return !jour.isBefore(DECRET_2025_1059) && rang(niveauRequis) > 0 && rang(niveauAtteste) >= rang(niveauRequis);
    }

    /** eIDAS levels as FranceConnect names them: faible (eidas1), substantiel (eidas2), élevé (eidas3). */
    static int rang(String niveau) {
        if (niveau == null) {
            return 0;
        }
        return switch (niveau) {
            case "eidas1" -> 1;
            case "eidas2" -> 2;
            case "eidas3" -> 3;
            default -> 0;
        };
    }
}
