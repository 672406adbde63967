package fr.demarches.teledossier.web.usager;

import java.util.Optional;

/** The steps of the RCO request, in order; {@code chemin} is the last part of the step's URL. */
enum EtapeRco implements EtapeDemande<EtapeRco> {
    IDENTITE("identite", "Votre identité"),
    DOMICILE("domicile", "Votre domicile et votre contact"),
    FAMILLE("famille", "Votre situation familiale"),
    FILIATION("filiation", "Vos parents"),
    PIECES("pieces", "Vos justificatifs"),
    RECAPITULATIF("recapitulatif", "Vérification et envoi");

    private final String chemin;
    private final String titre;

    EtapeRco(String chemin, String titre) {
        this.chemin = chemin;
        this.titre = titre;
    }

    static Optional<EtapeRco> de(String chemin) {
        return EtapeDemande.de(EtapeRco.class, chemin);
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
        return "rco";
    }
}
