package fr.demarches.notification.internal;

import java.util.HashMap;

import fr.demarches.compte.AdministrationComptes;
import fr.demarches.compte.CompteVue;
import fr.demarches.notification.internal.EnvoiCourriel.Courriel;
import fr.demarches.procuration.EnumerationReferencesSoupconnee;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Security alerts for the platform administrators: each active one gets the mail. */
@Component
class AlertesSecurite {

    private final EnvoiCourriel envoi;
    private final AdministrationComptes comptes;

    AlertesSecurite(EnvoiCourriel envoi, AdministrationComptes comptes) {
        this.envoi = envoi;
        this.comptes = comptes;
    }

    @ApplicationModuleListener(id = "alerte-enumeration-references")
    void enumeration(EnumerationReferencesSoupconnee alerte) {
        String unite = comptes.unite(alerte.uniteId()).map(u -> u.nom()).orElse(String.valueOf(alerte.uniteId()));
        var variables = new HashMap<String, Object>();
        variables.put("officier", alerte.officier());
        variables.put("unite", unite);
        variables.put("nombre", alerte.introuvables());
        variables.put("minutes", alerte.fenetre().toMinutes());
        var alertes = comptes.administrateursPlateforme().stream().filter(CompteVue::actif)
                .map(admin -> new Courriel(admin.identifiant(),
                        "Alerte : références de procuration essayées au hasard ?", "alerte-enumeration", variables))
                .toList();
        envoi.envoyer(alertes);
    }
}
