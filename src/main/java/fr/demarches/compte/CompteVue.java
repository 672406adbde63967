package fr.demarches.compte;

import java.time.LocalDate;
import java.util.UUID;

/** An account as the administration screens list it; never carries the password hash. */
public record CompteVue(UUID id, TypeCompte type, String identifiant, String nom, String prenoms,
        String communeInsee, UUID uniteId, QualiteOfficier qualite, LocalDate habilitationFin, boolean actif,
        boolean motDePasseDefini) {

    public String nomAffiche() {
        if (nom == null) {
            return identifiant;
        }
        return prenoms == null ? nom : prenoms + " " + nom;
    }
}
