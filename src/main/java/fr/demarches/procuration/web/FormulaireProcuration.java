package fr.demarches.procuration.web;

import fr.demarches.shared.SansControle;
import jakarta.validation.constraints.Size;

/**
 * The citizen's request form, as typed (dates as "AAAA-MM-JJ" strings from date inputs, so that a bad date gets a
 * clear message instead of a conversion error). {@link VerificationDemande} checks it and builds the request.
 */
public record FormulaireProcuration(
        @Size(max = 5) String codePostal,
        String communeInsee,
        @Size(max = 20) String nneMandant,
        @SansControle @Size(max = 100, message = "Le nom de naissance ne doit pas dépasser 100 caractères.") String nomNaissance,
        @SansControle @Size(max = 100, message = "Le nom d'usage ne doit pas dépasser 100 caractères.") String nomUsage,
        @SansControle @Size(max = 200, message = "Les prénoms ne doivent pas dépasser 200 caractères.") String prenoms,
        String dateNaissance,
        @SansControle @Size(max = 200, message = "Le lieu de naissance ne doit pas dépasser 200 caractères.") String lieuNaissance,
        String modeMandataire,
        @Size(max = 20) String nneMandataire,
        String dateNaissanceMandataire,
        @SansControle @Size(max = 100, message = "Le nom de naissance ne doit pas dépasser 100 caractères.")
        String nomNaissanceMandataire,
        @SansControle @Size(max = 200, message = "Les prénoms ne doivent pas dépasser 200 caractères.") String prenomsMandataire,
        @Size(max = 5) String codePostalMandataire,
        String communeMandataire,
        String portee,
        String debut,
        String fin) {

    /**
     * Declared, so that its parameters carry none of the components' constraints (the fields and accessors keep them
     * for validation). Spring binds a post through this constructor with fresh parameter descriptors each time, and
     * the JDK parses every parameter's annotations again for each one: 19% of the procuration submission's HTTP
     * samples with the constraints on the parameters (bench, JFR; docs/performance.md).
     */
    public FormulaireProcuration(String codePostal, String communeInsee, String nneMandant, String nomNaissance,
            String nomUsage, String prenoms, String dateNaissance, String lieuNaissance, String modeMandataire,
            String nneMandataire, String dateNaissanceMandataire, String nomNaissanceMandataire,
            String prenomsMandataire, String codePostalMandataire, String communeMandataire, String portee,
            String debut, String fin) {
        this.codePostal = codePostal;
        this.communeInsee = communeInsee;
        this.nneMandant = nneMandant;
        this.nomNaissance = nomNaissance;
        this.nomUsage = nomUsage;
        this.prenoms = prenoms;
        this.dateNaissance = dateNaissance;
        this.lieuNaissance = lieuNaissance;
        this.modeMandataire = modeMandataire;
        this.nneMandataire = nneMandataire;
        this.dateNaissanceMandataire = dateNaissanceMandataire;
        this.nomNaissanceMandataire = nomNaissanceMandataire;
        this.prenomsMandataire = prenomsMandataire;
        this.codePostalMandataire = codePostalMandataire;
        this.communeMandataire = communeMandataire;
        this.portee = portee;
        this.debut = debut;
        this.fin = fin;
    }

    static FormulaireProcuration vide() {
        return new FormulaireProcuration(null, null, null, null, null, null, null, null, "NNE", null, null, null, null,
                null, null, "DEUX_TOURS", null, null);
    }

    /**
     * Prefilled from the citizen's profile: postal code and commune of the address, names, birth date, birth place
     * ("Nanterre (92)", or "Town (Country)" abroad).
     */
    static FormulaireProcuration depuis(fr.demarches.compte.ProfilUsager p, fr.demarches.commune.Referentiel referentiel) {
        var vide = vide();
        return new FormulaireProcuration(p.codePostal(), p.communeInsee(), null, p.nomNaissance(), p.nomUsage(),
                p.prenoms(), p.dateNaissance() == null ? null : p.dateNaissance().toString(), lieuNaissance(p, referentiel),
                vide.modeMandataire(), null, null, null, null, null, null, vide.portee(), null, null);
    }

    /** The birth place as the request states it, from the profile; null if unknown. */
    static String lieuNaissance(fr.demarches.compte.ProfilUsager p, fr.demarches.commune.Referentiel referentiel) {
        if (p.neEnFrance()) {
            return referentiel.parCodeInsee(p.naissanceCommuneInsee()).map(c -> c.libelle())
                    .orElse(p.naissanceCommuneInsee());
        }
        if (p.neALEtranger()) {
            return (p.naissanceLocalite() == null ? "" : p.naissanceLocalite() + " ") + "(" + p.naissancePays() + ")";
        }
        return null;
    }

    public boolean parNne() {
        return !"ETAT_CIVIL".equals(modeMandataire);
    }
}
