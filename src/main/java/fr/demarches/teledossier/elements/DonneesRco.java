package fr.demarches.teledossier.elements;

import java.time.LocalDate;

/**
 * An RCO request: exactly what the State's {@code RecensementCitoyen} file carries (see the sample in the
 * mission folder), so that the XML handed to the mairie loses nothing and invents nothing; then what that file has
 * no element for: the day French nationality was acquired ({@code acquisitionNationalite}, null when French from
 * birth; {@link fr.demarches.teledossier.regles.FenetreRecensement}) and who made the request when it is not the
 * young person ({@code declarant}, null then). Both absent from dossiers deposited before them.
 */
public record DonneesRco(Sexe sexe, String nomFamille, String nomUsage, String prenoms, LocalDate dateNaissance,
        LieuNaissance lieuNaissance, Nationalite nationalite, String autreNationalite, Adresse domicile,
        Adresse residence, SituationMatrimoniale situationMatrimoniale, int nombreEnfants, Pupille pupille,
        int nombreFreresSoeurs, Parent pere, Parent mere, String courriel, String telephone,
        LocalDate acquisitionNationalite, Declarant declarant, IdentiteCertifiee identiteCertifiee)
        implements DonneesDemande {

    @Override
    public DonneesRco avec(IdentiteCertifiee certifiee) {
        return new DonneesRco(sexe, nomFamille, nomUsage, prenoms, dateNaissance, lieuNaissance, nationalite,
                autreNationalite, domicile, residence, situationMatrimoniale, nombreEnfants, pupille, nombreFreresSoeurs,
                pere, mere, courriel, telephone, acquisitionNationalite, declarant, certifiee);
    }

    /** The request's window on the day it was deposited: its ground when made in the month after naturalisation. */
    public fr.demarches.teledossier.regles.FenetreRecensement fenetre(LocalDate depot) {
        return fr.demarches.teledossier.regles.FenetreRecensement.pour(dateNaissance, acquisitionNationalite, depot);
    }

    @Override
    public String nomNaissance() {
        return nomFamille;
    }

    /** The mairie of the domicile. */
    @Override
    public String communeDestinataire() {
        return domicile.codeInsee();
    }

    public enum Nationalite {
        FRANCAISE("Français(e)"), BINATIONALE("Binational(e)");

        private final String libelle;

        Nationalite(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public enum SituationMatrimoniale {
        CELIBATAIRE("Célibataire"), MARIE("Marié(e)"), PACSE("Pacsé(e)"), AUTRE("Autre situation");

        private final String libelle;

        SituationMatrimoniale(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public enum Pupille {
        NON(""), ETAT("Pupille de l'État"), NATION("Pupille de la Nation");

        private final String libelle;

        Pupille(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
