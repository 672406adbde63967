package fr.demarches.teledossier.web.usager;

import java.util.Optional;

/** The steps of the ILE request, in order; {@code chemin} is the last part of the step's URL. */
enum EtapeIle implements EtapeDemande<EtapeIle> {
    SITUATION("situation", "Votre situation"),
    IDENTITE("identite", "Votre identité"),
    ADRESSE("adresse", "Votre adresse et votre lien avec la commune"),
    COMMUNE("commune", "Votre commune d'inscription"),
    PIECES("pieces", "Vos justificatifs"),
    RECAPITULATIF("recapitulatif", "Vérification et envoi");

    private final String chemin;
    private final String titre;

    EtapeIle(String chemin, String titre) {
        this.chemin = chemin;
        this.titre = titre;
    }

    static Optional<EtapeIle> de(String chemin) {
        return EtapeDemande.de(EtapeIle.class, chemin);
    }

    @Override
    public String chemin() {
        return chemin;
    }

    @Override
    public String titre() {
        return titre;
    }

    @Override
    public String demande() {
        return "ile";
    }
}
