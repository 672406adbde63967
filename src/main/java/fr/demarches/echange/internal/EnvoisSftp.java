package fr.demarches.echange.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.ConnexionSftp;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresSftpIllisibles;
import fr.demarches.commune.Raccordements;
import fr.demarches.teledossier.ArchiveTeledossier;
import fr.demarches.teledossier.ComplementRecu;
import fr.demarches.teledossier.ElementsPurgesException;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.TeledossierDepose;
import fr.demarches.teledossier.TeledossierIntrouvableException;
import fr.demarches.teledossier.Teledossiers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes each new télédossier of a commune in sFTP mode to its server, reliably. The submission puts the number
 * in an outbox within its own transaction ({@code envoi_sftp}, one row per number: a second event changes
 * nothing); a job run by one instance at a time (ShedLock) pushes the due rows, one connection per commune, and on failure reschedules
 * them with a doubling delay (1 min, 2, 4… then every 6 h) until they pass or the elements are purged. A commune
 * that is down only delays its own dossiers. The archive is written under a temporary name then renamed, and a
 * number whose file is already on the server is not written again.
 */
@Component
public class EnvoisSftp {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoisSftp.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Teledossiers teledossiers;
    private final ArchiveTeledossier archive;
    private final Raccordements raccordements;
    private final ClientSftp client;
    private final EtatEchanges etats;
    private final JournalAudit journal;
    private final ProprietesEchanges proprietes;
    private final Clock horloge;

    EnvoisSftp(JdbcClient jdbc, TransactionTemplate transaction, Teledossiers teledossiers, ArchiveTeledossier archive,
            Raccordements raccordements, ClientSftp client, EtatEchanges etats, JournalAudit journal,
            ProprietesEchanges proprietes, Clock horloge) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.teledossiers = teledossiers;
        this.archive = archive;
        this.raccordements = raccordements;
        this.client = client;
        this.etats = etats;
        this.journal = journal;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    /**
     * In the submission's own transaction (not a listener after it): the dossier and its place in the outbox are
     * written together or not at all, with no publication to record, claim and complete for it.
     */
    @EventListener
    void aRemettre(TeledossierDepose depot) {
        if (depot.remiseSftp()) {
            inscrire(depot.numero(), depot.communeInsee());
        }
    }

    /**
     * The citizen answered a request for complements: the completed dossier goes to the commune's server as its own
     * file, {@code <numéro>-complement-<n>.zip}, beside the first one.
     */
    @ApplicationModuleListener(id = "echange-sftp-complement")
    void complementARemettre(ComplementRecu complement) {
        if (teledossiers.remiseParSftp(new NumeroTeledossier(complement.numero()))) {
            inscrire(complement.numero(), complement.communeInsee(), complement.rang());
        }
    }

    /** Puts a number in the outbox, due at once; false when it is there already (idempotent by number). */
    public boolean inscrire(String numero, String communeInsee) {
        return inscrire(numero, communeInsee, 0);
    }

    /** {@code complement}: 0 for the submission, n for the n-th complement (idempotent by number and rank). */
    boolean inscrire(String numero, String communeInsee, int complement) {
        var maintenant = Timestamp.from(horloge.instant());
        return jdbc.sql("""
                INSERT INTO envoi_sftp (numero, complement, commune_insee, statut, cree_le, prochaine_tentative)
                VALUES (:numero, :complement, :insee, 'A_ENVOYER', :maintenant, :maintenant)
                ON CONFLICT (numero, complement) DO NOTHING
                """)
                .param("numero", numero).param("complement", complement).param("insee", communeInsee)
                .param("maintenant", maintenant).update() == 1;
    }

    /**
     * How long one run may start new deliveries: well within the lock (one hour), so that another instance never
     * takes the job while this one still writes (slow servers, a full batch); what is left waits for the next run.
     */
    static final Duration DUREE_MAX = Duration.ofMinutes(45);

    @Scheduled(fixedDelayString = "${app.echanges.sftp.periode-envoi}",
            initialDelayString = "${app.echanges.sftp.periode-envoi}")
    @SchedulerLock(name = "envoi-sftp", lockAtMostFor = "PT1H")
    void planifie() {
        envoyer();
    }

    /** Pushes the due dossiers, commune by commune; returns how many reached their server. */
    public int envoyer() {
        return envoyerAvant(horloge.instant().plus(DUREE_MAX));
    }

    /** The same, starting no delivery after {@code fin}. */
    public int envoyerAvant(Instant fin) {
        var dus = jdbc.sql("""
                SELECT numero, commune_insee, tentatives, complement FROM envoi_sftp
                WHERE statut = 'A_ENVOYER' AND prochaine_tentative <= :maintenant
                ORDER BY prochaine_tentative, numero, complement LIMIT :lot
                """)
                .param("maintenant", Timestamp.from(horloge.instant())).param("lot", proprietes.lot())
                .query((rs, n) -> new Envoi(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
        var parCommune = new LinkedHashMap<String, List<Envoi>>();
        dus.forEach(e -> parCommune.computeIfAbsent(e.communeInsee(), c -> new ArrayList<>()).add(e));
        int remis = 0;
        for (var commune : parCommune.entrySet()) {
            remis += envoyerPour(commune.getKey(), commune.getValue(), fin);
        }
        return remis;
    }

    private int envoyerPour(String insee, List<Envoi> envois, Instant fin) {
        if (horloge.instant().isAfter(fin)) {
            return 0;
        }
        Optional<ConnexionSftp> connexion;
        try {
            connexion = raccordements.connexionSftp(insee);
        } catch (ParametresSftpIllisibles illisibles) {
            // This commune waits, the next ones are sent.
            echec(insee, envois, illisibles.getMessage(), null);
            return 0;
        }
        if (connexion.isEmpty()) {
            boolean enSftp = raccordements.de(insee).map(r -> r.mode() == ModeRaccordement.SFTP).orElse(false);
            echec(insee, envois, enSftp ? "Paramètres sFTP de la commune incomplets (serveur, identifiant ou secret)."
                    : "La commune n'est plus raccordée en mode sFTP : ses dossiers attendent le retour à ce mode et se "
                            + "téléchargent en attendant dans le Gestionnaire de Suivi.", null);
            return 0;
        }
        int remis = 0;
        try (var sftp = client.ouvrir(connexion.get())) {
            for (int i = 0; i < envois.size() && !horloge.instant().isAfter(fin); i++) {
                var envoi = envois.get(i);
                try {
                    remettre(sftp, connexion.get(), envoi);
                    remis++;
                } catch (ElementsPurgesException | TeledossierIntrouvableException e) {
                    abandonner(envoi, e.getMessage());
                } catch (FichierDejaPresent e) {
                    // This dossier waits for the commune to look at the file; the others go on.
                    echec(insee, List.of(envoi), e.getMessage(), null);
                } catch (RuntimeException e) {
                    // This dossier's delivery failed (its archive, its record): it waits, the commune's others go on.
                    LOG.error("Dépôt de {} interrompu", envoi.numero(), e);
                    echec(insee, List.of(envoi), "Échec du dépôt de " + envoi.nomFichier() + " : " + e.getMessage(),
                            null);
                } catch (IOException e) {
                    // The session is likely broken: the rest of this commune waits for the next attempt.
                    echec(insee, envois.subList(i, envois.size()), "Échec du dépôt de "
                            + envoi.nomFichier() + " sur " + connexion.get().hote() + " : "
                            + e.getMessage(), null);
                    break;
                }
            }
        } catch (ErreurSftp e) {
            echec(insee, envois, e.getMessage(), e instanceof ErreurSftp.CleHoteRefusee
                    ? EntreeAudit.systeme("ECHANGE_SFTP_CLE_REFUSEE", "COMMUNE", insee, e.getMessage()) : null);
        }
        return remis;
    }

    /**
     * Writes the archive under a hidden temporary name, records its size and SHA-256, then renames it into place.
     * A file already there under the final name counts as delivered only if it is, byte for byte, the one the
     * platform wrote (same size, same SHA-256); any other is left untouched and reported.
     */
    private void remettre(ConnexionOuverte sftp, ConnexionSftp connexion, Envoi envoi)
            throws IOException, FichierDejaPresent {
        var numero = new NumeroTeledossier(envoi.numero());
        String nom = envoi.nomFichier();
        String cible = ConnexionOuverte.chemin(connexion.dossier(), nom);
        if (sftp.existe(cible)) {
            verifierDejaPresent(sftp, cible, envoi);
            LOG.info("{} déjà présent sur le serveur sFTP de {}, identique : pas de second dépôt", nom,
                    envoi.communeInsee());
        } else {
            var elements = teledossiers.elementsARemettre(numero);
            var ecrit = sftp.ecrireTemporaire(connexion.dossier(), nom, sortie -> archive.ecrire(elements, sortie));
            jdbc.sql("UPDATE envoi_sftp SET taille = :taille, empreinte = :empreinte WHERE numero = :numero "
                    + "AND complement = :complement")
                    .param("taille", ecrit.taille()).param("empreinte", ecrit.sha256())
                    .param("numero", envoi.numero()).param("complement", envoi.complement()).update();
            if (!sftp.publier(ecrit.temporaire(), cible)) {
                sftp.supprimer(ecrit.temporaire());
                verifierDejaPresent(sftp, cible, envoi);
            }
        }
        Instant maintenant = horloge.instant();
        transaction.executeWithoutResult(t -> {
            int maj = jdbc.sql("""
                    UPDATE envoi_sftp SET statut = 'ENVOYE', envoye_le = :maintenant, derniere_tentative = :maintenant,
                           tentatives = tentatives + 1, nom_fichier = :nom
                    WHERE numero = :numero AND complement = :complement AND statut = 'A_ENVOYER'
                    """)
                    .param("maintenant", Timestamp.from(maintenant)).param("nom", nom).param("numero", envoi.numero())
                    .param("complement", envoi.complement()).update();
            if (maj == 1) {
                teledossiers.remisParSftp(numero, nom);
            }
            etats.remiseReussie(envoi.communeInsee(), maintenant);
        });
    }

    /** The file under the final name is the one recorded before its renaming, or it is not trusted. */
    private void verifierDejaPresent(ConnexionOuverte sftp, String cible, Envoi envoi)
            throws IOException, FichierDejaPresent {
        var ecrit = jdbc.sql("SELECT taille, empreinte FROM envoi_sftp WHERE numero = :numero AND complement = :complement")
                .param("numero", envoi.numero()).param("complement", envoi.complement())
                .query((rs, n) -> rs.getString(2) == null ? null
                        : new ConnexionOuverte.Ecrit(null, rs.getLong(1), rs.getString(2)))
                .optional().orElse(null);
        String nom = envoi.nomFichier();
        String suite = " La plateforme ne le remplace pas et ne le compte pas comme déposé : vérifiez-le, puis "
                + "supprimez-le ou renommez-le ; le dossier sera déposé à la tentative suivante.";
        if (sftp.nature(cible).orElse(null) != ConnexionOuverte.Nature.FICHIER) {
            throw new FichierDejaPresent("« " + nom + " » existe déjà sur le serveur mais n'est pas un fichier." + suite);
        }
        if (ecrit == null) {
            throw new FichierDejaPresent("Un fichier " + nom + " est déjà sur le serveur, que la plateforme n'a pas "
                    + "écrit (ou dont elle n'a pas gardé la taille et l'empreinte)." + suite);
        }
        long taille = sftp.taille(cible);
        if (taille != ecrit.taille()) {
            throw new FichierDejaPresent("Un fichier " + nom + " est déjà sur le serveur, mais il fait " + taille
                    + " octets au lieu des " + ecrit.taille() + " de l'archive écrite par la plateforme." + suite);
        }
        var present = sftp.empreinte(cible);
        if (!present.sha256().equals(ecrit.sha256())) {
            throw new FichierDejaPresent("Un fichier " + nom + " est déjà sur le serveur, de la même taille mais d'un "
                    + "autre contenu (SHA-256 " + present.sha256() + " au lieu de " + ecrit.sha256() + ")." + suite);
        }
    }

    /** Reschedules the commune's dossiers; {@code entree}, if any, goes to the journal with the rescheduling. */
    private void echec(String insee, List<Envoi> envois, String erreur, EntreeAudit entree) {
        Instant maintenant = horloge.instant();
        LOG.warn("Envoi sFTP à {} en échec ({} dossier(s)) : {}", insee, envois.size(), erreur);
        transaction.executeWithoutResult(t -> {
            for (Envoi envoi : envois) {
                jdbc.sql("""
                        UPDATE envoi_sftp SET tentatives = tentatives + 1, derniere_tentative = :maintenant,
                               derniere_erreur = :erreur, prochaine_tentative = :prochaine
                        WHERE numero = :numero AND complement = :complement AND statut = 'A_ENVOYER'
                        """)
                        .param("maintenant", Timestamp.from(maintenant)).param("erreur", erreur)
                        .param("prochaine", Timestamp.from(maintenant.plus(proprietes.relance(envoi.tentatives() + 1))))
                        .param("numero", envoi.numero()).param("complement", envoi.complement()).update();
            }
            etats.erreurEnvoi(insee, erreur, maintenant);
            if (entree != null) {
                journal.enregistrer(entree);
            }
        });
    }

    /** The elements are gone (retention delay over): nothing left to push; the journal keeps track. */
    private void abandonner(Envoi envoi, String raison) {
        Instant maintenant = horloge.instant();
        transaction.executeWithoutResult(t -> {
            jdbc.sql("""
                    UPDATE envoi_sftp SET statut = 'ABANDONNE', derniere_tentative = :maintenant, derniere_erreur = :raison
                    WHERE numero = :numero AND complement = :complement AND statut = 'A_ENVOYER'
                    """)
                    .param("maintenant", Timestamp.from(maintenant)).param("raison", raison)
                    .param("numero", envoi.numero()).param("complement", envoi.complement()).update();
            etats.erreurEnvoi(envoi.communeInsee(), raison, maintenant);
            journal.enregistrer(EntreeAudit.systeme("ENVOI_SFTP_ABANDONNE", "TELEDOSSIER", envoi.numero(), raison));
        });
    }

    /** {@code complement}: 0 for the submission's archive, n for the n-th complement's. */
    private record Envoi(String numero, String communeInsee, int tentatives, int complement) {

        String nomFichier() {
            return complement == 0 ? ArchiveTeledossier.nomFichier(numero)
                    : ArchiveTeledossier.nomFichierComplement(numero, complement);
        }
    }

    /** A file under the dossier's name is on the server already and is not the one the platform wrote. */
    private static final class FichierDejaPresent extends Exception {

        FichierDejaPresent(String message) {
            super(message);
        }
    }
}
