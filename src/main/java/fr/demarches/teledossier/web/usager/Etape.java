package fr.demarches.teledossier.web.usager;

import java.util.Locale;

/**
 * The steps a request can have, each with its title; a procedure lists its own in order ({@link Demarche}), and
 * every request ends with the pieces and the review. The step's URL is its name in lower case.
 */
public enum Etape {
    DECLARANT("Qui fait la demande"),
    SITUATION("Votre situation"),
    IDENTITE("Votre identité"),
    ADRESSE("Votre adresse et votre lien avec la commune"),
    COMMUNE("Votre commune d'inscription"),
    DOMICILE("Votre domicile et votre contact"),
    FAMILLE("Votre situation familiale"),
    FILIATION("Vos parents"),
    PIECES("Vos justificatifs"),
    RECAPITULATIF("Vérification et envoi");

    private final String titre;

    Etape(String titre) {
        this.titre = titre;
    }

    public String titre() {
        return titre;
    }

    public String chemin() {
        return name().toLowerCase(Locale.ROOT);
    }
}
