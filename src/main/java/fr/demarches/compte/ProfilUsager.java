package fr.demarches.compte;

import java.time.LocalDate;

/**
 * What the citizen tells about themselves once, for every form to prefill: civil status, place of birth (a commune
 * of the referential, or a country and a town abroad), postal address (commune chosen by postal code), phone.
 * Any part may be unknown (null) until the citizen fills it.
 */
public record ProfilUsager(String sexe, String nomNaissance, String nomUsage, String prenoms, LocalDate dateNaissance,
        String naissanceCommuneInsee, String naissancePays, String naissanceLocalite, String nationalite,
        String adresse, String complementAdresse, String codePostal, String communeInsee, String telephone) {

    public static ProfilUsager vide() {
        return new ProfilUsager(null, null, null, null, null, null, null, null, "Française", null, null, null, null, null);
    }

    public boolean neEnFrance() {
        return naissanceCommuneInsee != null;
    }

    public boolean neALEtranger() {
        return naissancePays != null;
    }
}
