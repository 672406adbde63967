package fr.demarches.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import fr.demarches.shared.IdentifiantRequete;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the journal. Within a transaction the entry commits or rolls back with the action it records;
 * outside one (a failed login) it is written on its own. An entry written while serving an HTTP request carries that
 * request's identifier ({@link IdentifiantRequete}), the one of its log lines.
 */
@Service
public class JournalAudit {

    private final JdbcClient jdbc;
    private final Clock horloge;

    JournalAudit(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /**
     * A refusal's entry, written in a transaction of its own: the refusal is an exception, which rolls back the
     * refused action's transaction, and the entry with it when written there.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void enregistrerRefus(EntreeAudit entree) {
        enregistrer(entree);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void enregistrer(EntreeAudit entree) {
        enregistrer(List.of(entree));
    }

    /**
     * Several entries of one action, in their order, in one statement (one round trip: an officer's validation and
     * the commune's automatic acceptance it brings, say).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void enregistrer(List<EntreeAudit> entrees) {
        if (entrees.isEmpty()) {
            return;
        }
        var lignes = new StringJoiner(", ");
        var valeurs = new ArrayList<Object>();
        Timestamp horodatage = Timestamp.from(horloge.instant());
        String requete = IdentifiantRequete.courant().orElse(null);
        for (EntreeAudit entree : entrees) {
            lignes.add("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            valeurs.addAll(java.util.Arrays.asList(horodatage, entree.espace(), entree.acteurId(),
                    tronquer(entree.acteur(), 320), entree.action(), entree.objetType(), entree.objetId(),
                    tronquer(entree.details(), 2000), entree.ip(), requete));
        }
        jdbc.sql("INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, "
                        + "details, ip, id_requete) VALUES " + lignes)
                .params(valeurs).update();
    }

    private static String tronquer(String valeur, int max) {
        return valeur == null || valeur.length() <= max ? valeur : valeur.substring(0, max);
    }
}
