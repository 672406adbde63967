package fr.demarches.compte;

/**
 * FranceConnect gives the birth commune as the INSEE code of the civil registry, which for Paris, Lyon and
 * Marseille is the arrondissement's; the referential lists the commune. Source: Code officiel géographique
 * (INSEE), arrondissements municipaux 75101–75120, 69381–69389, 13201–13216.
 */
final class CommunesNaissance {

    private CommunesNaissance() {
    }

    static String communeDuReferentiel(String codeInsee) {
        if (codeInsee == null || !codeInsee.matches("\\d{5}|2[AB]\\d{3}")) {
            return null;
        }
        if (codeInsee.matches("751(0[1-9]|1\\d|20)")) {
            return "75056";
        }
        if (codeInsee.matches("6938[1-9]")) {
            return "69123";
        }
        if (codeInsee.matches("132(0[1-9]|1[0-6])")) {
            return "13055";
        }
        return codeInsee;
    }
}
