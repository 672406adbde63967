package fr.demarches.echange.internal;

import static fr.demarches.shared.Dates.JOUR_HEURE_SECONDES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.ConnexionSftp;
import fr.demarches.commune.ParametresSftpIllisibles;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.document.DepotRefuse;
import fr.demarches.document.TypeDocument;
import fr.demarches.echange.internal.ConnexionOuverte.Nature;
import fr.demarches.echange.internal.ConnexionOuverte.TropGros;
import fr.demarches.echange.internal.XmlFluxRetour.DepotPieceJointe;
import fr.demarches.echange.internal.XmlFluxRetour.MiseAJourStatut;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.ReponseImpossible;
import fr.demarches.teledossier.TeledossierIntrouvableException;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.TransitionInterditeException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.apache.sshd.sftp.common.SftpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the flux retour of each commune in sFTP mode: the XML files its software drops in {@code <dossier>/retour/}.
 * A file is first claimed by renaming it into {@code retour/en-cours/} (a rename succeeds once: of two readers
 * racing, one gets it), then applied in one transaction through the télédossier API, with the same history,
 * journal and e-mail to the citizen as a change made in the Gestionnaire de Suivi, then moved to
 * {@code retour/traites/}. A file that cannot be applied changes nothing and goes to {@code retour/erreurs/}, next
 * to a {@code .erreur.txt} that says why in French. Each file's identifier is recorded with the change it made, in
 * the same transaction, so a file read twice (a reader that died before moving it) is applied once.
 */
@Component
public class FluxRetour {

    static final String RETOUR = "retour";
    static final String EN_COURS = "en-cours";
    static final String TRAITES = "traites";
    static final String ERREURS = "erreurs";
    private static final java.util.Set<String> DOSSIERS_DE_TRAVAIL = java.util.Set.of(EN_COURS, TRAITES, ERREURS);

    /**
     * The longest name of a flux retour file read, in UTF-8 bytes: claimed as {@code <13 digits>_<nom>}, or filed
     * as {@code <13 digits>-<nom>.erreur.txt} written through {@code .<…>.part}, it stays within 255 bytes.
     */
    public static final int NOM_MAX = 200;

    private static final Logger LOG = LoggerFactory.getLogger(FluxRetour.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Teledossiers teledossiers;
    private final Raccordements raccordements;
    private final Referentiel referentiel;
    private final ClientSftp client;
    private final EtatEchanges etats;
    private final JournalAudit journal;
    private final ProprietesEchanges proprietes;
    private final Clock horloge;

    FluxRetour(JdbcClient jdbc, TransactionTemplate transaction, Teledossiers teledossiers, Raccordements raccordements,
            Referentiel referentiel, ClientSftp client, EtatEchanges etats, JournalAudit journal,
            ProprietesEchanges proprietes, Clock horloge) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.teledossiers = teledossiers;
        this.raccordements = raccordements;
        this.referentiel = referentiel;
        this.client = client;
        this.etats = etats;
        this.journal = journal;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    @Scheduled(fixedDelayString = "${app.echanges.sftp.periode-releve}",
            initialDelayString = "${app.echanges.sftp.periode-releve}")
    @SchedulerLock(name = "releve-flux-retour", lockAtMostFor = "PT1H")
    void planifie() {
        for (String insee : raccordements.communesEnSftp()) {
            try {
                relever(insee);
            } catch (RuntimeException panne) {
                // One commune's failure is its own: the next communes are read all the same.
                LOG.warn("Relève du flux retour de {} impossible", insee, panne);
                etats.erreurReleve(insee, "Relève impossible : " + panne.getMessage(), horloge.instant());
            }
        }
    }

    /** Reads the commune's return folder once. Safe when several readers run at once: each file is applied once. */
    public Bilan relever(String insee) {
        Optional<ConnexionSftp> connexion;
        try {
            connexion = raccordements.connexionSftp(insee);
        } catch (ParametresSftpIllisibles illisibles) {
            // This commune waits, the next ones are read.
            etats.erreurReleve(insee, illisibles.getMessage(), horloge.instant());
            return new Bilan(0, 0, 0);
        }
        if (connexion.isEmpty()) {
            return new Bilan(0, 0, 0);
        }
        var dossiers = new Dossiers(connexion.get());
        var bilan = new Compteur();
        var anomalies = new LinkedHashMap<String, String>();
        try (var sftp = client.ouvrir(connexion.get())) {
            for (String dossier : List.of(dossiers.retour, dossiers.enCours, dossiers.traites, dossiers.erreurs)) {
                sftp.creerDossier(dossier);
            }
            reprendre(sftp, dossiers, insee, bilan, anomalies);
            for (var entree : sftp.entrees(dossiers.retour)) {
                lireEntree(sftp, dossiers, insee, entree, bilan, anomalies);
            }
            signaler(insee, anomalies);
            etats.releveReussie(insee, horloge.instant());
        } catch (ErreurSftp e) {
            etats.erreurReleve(insee, e.getMessage(), horloge.instant());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Relève du flux retour de {} interrompue", insee, e);
            etats.erreurReleve(insee, "Relève interrompue : " + e.getMessage() + ". Les fichiers déjà pris en charge "
                    + "seront repris dans " + proprietes.repriseApres().toMinutes() + " min.", horloge.instant());
        }
        return bilan.bilan();
    }

    /**
     * One entry of retour/. Only a regular file whose name ends in ".xml" and does not start with a dot is read;
     * the working folders are skipped; anything else is reported by name (a folder, a link, a file that no XML file
     * names). A file the server refuses to claim is filed in erreurs/ as it is; one it refuses to move at all is
     * reported, and the reading goes on with the next: no single file stops the commune's flux retour.
     */
    private void lireEntree(ConnexionOuverte sftp, Dossiers dossiers, String insee, ConnexionOuverte.Entree entree,
            Compteur bilan, Map<String, String> anomalies) throws IOException {
        String nom = entree.nom();
        if (nom.startsWith(".") || entree.nature() == Nature.DOSSIER && DOSSIERS_DE_TRAVAIL.contains(nom)) {
            return;
        }
        if (entree.nature() != Nature.FICHIER) {
            anomalies.put(nom, "« " + nom + " » est un " + entree.nature().libelle() + " : la plateforme ne lit que "
                    + "les fichiers ordinaires de retour/ et ne suit pas les liens. Retirez-le ou déposez le fichier "
                    + "lui-même.");
            return;
        }
        if (!xml(nom)) {
            if (entree.modifieLe() != null
                    && entree.modifieLe().isBefore(horloge.instant().minus(proprietes.repriseApres()))) {
                anomalies.put(nom, "Fichier non XML présent depuis plus de " + proprietes.repriseApres().toMinutes()
                        + " min : la plateforme ne le lit que comme fichier joint d'un fichier XML, et aucun ne l'a "
                        + "nommé. Retirez-le s'il n'est plus attendu.");
            }
            return;
        }
        String chemin = ConnexionOuverte.chemin(dossiers.retour, nom);
        String commune = commune(insee);
        try {
            if (ConnexionOuverte.octets(nom) > NOM_MAX) {
                rejeter(sftp, dossiers, insee, commune, nom, chemin, null, null, List.of(), "Le nom du fichier fait "
                        + ConnexionOuverte.octets(nom) + " octets : la plateforme ne lit que les noms de " + NOM_MAX
                        + " octets au plus (UTF-8), pour pouvoir le prendre en charge et le ranger sans dépasser la "
                        + "limite de " + ConnexionOuverte.NOM_MAX_SYSTEME + " octets des systèmes de fichiers. "
                        + "Redéposez-le sous un nom plus court.");
                bilan.compter(Issue.REJETE);
                return;
            }
            String travail = Reclamation.nom(horloge.instant(), nom);
            if (!sftp.renommer(chemin, ConnexionOuverte.chemin(dossiers.enCours, travail))) {
                return;
            }
            traiterOuLaisser(sftp, dossiers, insee, nom, travail, bilan, anomalies);
        } catch (SftpException refusParLeServeur) {
            try {
                rejeter(sftp, dossiers, insee, commune, nom, chemin, null, null, List.of(), "Le serveur a refusé de "
                        + "le renommer dans retour/en-cours/ (" + refusParLeServeur.getMessage() + ") : il n'a pas été "
                        + "lu. Redéposez-le sous un nom plus simple, ou vérifiez les droits du compte sur retour/.");
                bilan.compter(Issue.REJETE);
            } catch (SftpException e) {
                anomalies.put(nom, "Ni pris en charge ni rangé dans erreurs/ : le serveur a refusé de le renommer ("
                        + refusParLeServeur.getMessage() + ") puis de le déplacer (" + e.getMessage() + "). Renommez "
                        + "ou retirez ce fichier ; les autres fichiers sont lus normalement.");
            }
        }
    }

    /** Files a reader claimed but never finished (it stopped): claimed again, then processed. */
    private void reprendre(ConnexionOuverte sftp, Dossiers dossiers, String insee, Compteur bilan,
            Map<String, String> anomalies) throws IOException {
        Instant limite = horloge.instant().minus(proprietes.repriseApres());
        for (var fichier : sftp.fichiers(dossiers.enCours)) {
            var reclamation = Reclamation.lire(fichier.nom());
            if (reclamation == null || reclamation.le().isAfter(limite)) {
                continue;
            }
            String travail = Reclamation.nom(horloge.instant(), reclamation.nomOriginal());
            try {
                if (sftp.renommer(ConnexionOuverte.chemin(dossiers.enCours, fichier.nom()),
                        ConnexionOuverte.chemin(dossiers.enCours, travail))) {
                    traiterOuLaisser(sftp, dossiers, insee, reclamation.nomOriginal(), travail, bilan, anomalies);
                }
            } catch (SftpException e) {
                anomalies.put(EN_COURS + "/" + fichier.nom(), "Fichier pris en charge puis laissé dans en-cours/, que "
                        + "le serveur refuse de renommer (" + e.getMessage() + ").");
            }
        }
    }

    /** Journals the entries reported for the first time; all of them are listed on both exchange pages. */
    private void signaler(String insee, Map<String, String> anomalies) {
        for (String nom : etats.anomalies(insee, anomalies, horloge.instant())) {
            journal.enregistrer(EntreeAudit.systeme("FLUX_RETOUR_FICHIER_NON_LU", "COMMUNE", insee,
                    nom + " : " + anomalies.get(nom)));
        }
    }

    private static boolean xml(String nom) {
        return nom.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    }

    private String commune(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.nom()).orElse(insee);
    }

    /**
     * An unexpected failure on one file (the database away, a conflicting change, the server refusing to move it)
     * leaves it claimed in {@code en-cours/}, taken up again later, and lets the other files go on.
     */
    private void traiterOuLaisser(ConnexionOuverte sftp, Dossiers dossiers, String insee, String nom, String travail,
            Compteur bilan, Map<String, String> anomalies) throws IOException {
        try {
            bilan.compter(traiter(sftp, dossiers, insee, nom, travail));
        } catch (RuntimeException | SftpException e) {
            LOG.warn("Flux retour de {} : {} laissé en attente", insee, nom, e);
            String motif = "Le fichier « " + nom + " » n'a pas pu être traité (" + e.getMessage() + ") : il reste dans "
                    + "retour/en-cours/ et sera repris dans " + proprietes.repriseApres().toMinutes() + " min.";
            anomalies.put(EN_COURS + "/" + travail, motif);
            etats.erreurReleve(insee, motif, horloge.instant());
        }
    }

    private Issue traiter(ConnexionOuverte sftp, Dossiers dossiers, String insee, String nom, String travail)
            throws IOException {
        String cheminTravail = ConnexionOuverte.chemin(dossiers.enCours, travail);
        String commune = commune(insee);
        byte[] contenu;
        try {
            contenu = sftp.lire(cheminTravail, proprietes.tailleMaxFluxRetour().toBytes());
        } catch (TropGros e) {
            rejeter(sftp, dossiers, insee, commune, nom, cheminTravail, null, null, List.of(), "Le fichier fait "
                    + ko(e.taille()) + " : au-delà de " + ko(proprietes.tailleMaxFluxRetour().toBytes())
                    + ", il n'est pas lu.");
            return Issue.REJETE;
        } catch (SftpException e) {
            rejeter(sftp, dossiers, insee, commune, nom, cheminTravail, null, null, List.of(), "Le serveur a refusé "
                    + "la lecture du fichier (" + e.getMessage() + ") : vérifiez ses droits, puis redéposez-le.");
            return Issue.REJETE;
        }
        String empreinte = empreinte(contenu);
        XmlFluxRetour flux = null;
        var joints = new ArrayList<String>();
        String motif;
        try {
            flux = LectureFluxRetour.lire(contenu);
            var contenusJoints = lireJoints(sftp, dossiers, flux.fichiersJoints(), joints);
            var lu = flux;
            boolean applique = Boolean.TRUE.equals(transaction.execute(
                    t -> appliquer(insee, commune, nom, empreinte, lu, contenusJoints)));
            sftp.deplacer(cheminTravail, dossiers.traites, nom, horloge.instant());
            for (String joint : joints) {
                sftp.deplacer(ConnexionOuverte.chemin(dossiers.retour, joint), dossiers.traites, joint, horloge.instant());
            }
            return applique ? Issue.APPLIQUE : Issue.DEJA_APPLIQUE;
        } catch (FluxRetourRefuse e) {
            motif = e.getMessage();
        } catch (TeledossierIntrouvableException e) {
            motif = "Le télédossier " + flux.numeroTeledossier + " est introuvable parmi ceux de la commune de "
                    + commune + " : numéro inconnu, ou dossier d'une autre commune.";
        } catch (TransitionInterditeException e) {
            motif = "Changement d'état refusé : " + e.getMessage() + ".";
        } catch (ReponseImpossible e) {
            motif = "Demande d'éléments refusée : " + e.getMessage();
        } catch (DepotRefuse e) {
            motif = "Pièce jointe refusée : " + e.getMessage();
        }
        rejeter(sftp, dossiers, insee, commune, nom, cheminTravail, flux, empreinte, joints, motif);
        return Issue.REJETE;
    }

    /**
     * The files next to the XML one that its deposits name, read with the same size limit. Only a regular file of
     * retour/ that is not itself a flux retour file may be attached; those checked are added to {@code valides}, to
     * be filed with the XML file whatever happens to it.
     */
    private Map<String, byte[]> lireJoints(ConnexionOuverte sftp, Dossiers dossiers, List<String> joints,
            List<String> valides) throws IOException {
        var contenus = new LinkedHashMap<String, byte[]>();
        for (String joint : joints) {
            if (joint.contains("/") || joint.contains("\\") || joint.startsWith(".")
                    || ConnexionOuverte.octets(joint) > NOM_MAX) {
                throw new FluxRetourRefuse("Le fichier joint « " + joint + " » n'est pas un nom de fichier de "
                        + "retour/ : ni chemin, ni point au début, " + NOM_MAX + " octets au plus.");
            }
            if (xml(joint)) {
                throw new FluxRetourRefuse("Le fichier joint « " + joint + " » est un fichier XML : la plateforme le "
                        + "lit comme un fichier du flux retour, jamais comme une pièce jointe (il n'a pas été "
                        + "déplacé). Joignez le PDF lui-même, sous un nom en .pdf.");
            }
            String chemin = ConnexionOuverte.chemin(dossiers.retour, joint);
            var nature = sftp.nature(chemin);
            if (nature.isEmpty()) {
                throw new FluxRetourRefuse("Le fichier joint « " + joint + " » est absent du dossier retour/ : "
                        + "déposez-le avant le fichier XML qui le nomme.");
            }
            if (nature.get() != Nature.FICHIER) {
                throw new FluxRetourRefuse("Le fichier joint « " + joint + " » est un " + nature.get().libelle()
                        + ", pas un fichier : seul un fichier ordinaire de retour/ peut être joint (il n'a pas été "
                        + "déplacé).");
            }
            valides.add(joint);
            try {
                contenus.put(joint, sftp.lire(chemin, proprietes.tailleMaxFluxRetour().toBytes()));
            } catch (TropGros e) {
                throw new FluxRetourRefuse("Pièce jointe refusée : le fichier joint « " + joint + " » fait "
                        + ko(e.taille()) + ", bien au-delà de la taille maximale autorisée.");
            } catch (SftpException e) {
                throw new FluxRetourRefuse("Le fichier joint « " + joint + " » n'a pas pu être lu sur le serveur ("
                        + e.getMessage() + ") : vérifiez ses droits.");
            }
        }
        return contenus;
    }

    /**
     * Applies the file's events in order, in the caller's transaction: any refusal rolls all of them back. False
     * when this identifier was already applied with the same content (the file was read twice).
     */
    private boolean appliquer(String insee, String commune, String nom, String empreinte, XmlFluxRetour flux,
            Map<String, byte[]> joints) {
        NumeroTeledossier numero;
        try {
            numero = new NumeroTeledossier(flux.numeroTeledossier);
        } catch (IllegalArgumentException e) {
            throw new FluxRetourRefuse("Le numéro « " + flux.numeroTeledossier + " » n'est pas un numéro de "
                    + "télédossier valide (chiffre de contrôle erroné).");
        }
        int inscrit = jdbc.sql("""
                INSERT INTO flux_retour_fichier (commune_insee, nom_fichier, identifiant, empreinte, numero, statut, traite_le)
                VALUES (:insee, :nom, :identifiant, :empreinte, :numero, 'APPLIQUE', :maintenant)
                ON CONFLICT (commune_insee, identifiant) WHERE statut = 'APPLIQUE' DO NOTHING
                """)
                .param("insee", insee).param("nom", nom).param("identifiant", flux.identifiant)
                .param("empreinte", empreinte).param("numero", numero.valeur())
                .param("maintenant", Timestamp.from(horloge.instant())).update();
        if (inscrit == 0) {
            var deja = jdbc.sql("""
                    SELECT nom_fichier, empreinte, traite_le FROM flux_retour_fichier
                    WHERE commune_insee = :insee AND identifiant = :identifiant AND statut = 'APPLIQUE'
                    """)
                    .param("insee", insee).param("identifiant", flux.identifiant)
                    .query((rs, n) -> new Deja(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                    .single();
            if (deja.empreinte().equals(empreinte)) {
                return false;
            }
            throw new FluxRetourRefuse("L'identifiant « " + flux.identifiant + " » a déjà été appliqué le "
                    + JOUR_HEURE_SECONDES.format(deja.le()) + " (fichier « " + deja.nom() + " ») avec un autre contenu : "
                    + "chaque fichier porte un identifiant nouveau.");
        }
        var acteur = new Teledossiers.Acteur(null, "flux retour " + commune, null);
        for (Object evenement : flux.evenements) {
            if (evenement instanceof MiseAJourStatut maj) {
                var etat = EtatTeledossier.depuisHubee(maj.statut);
                if (etat == EtatTeledossier.CLOS) {
                    teledossiers.cloturerParLogiciel(numero, insee, maj.message, acteur);
                } else {
                    teledossiers.changerEtat(numero, insee, etat, maj.message, acteur);
                }
            } else if (evenement instanceof DepotPieceJointe depot) {
                byte[] pdf = depot.contenuBase64 != null ? depot.contenuBase64 : joints.get(depot.fichierJoint);
                teledossiers.deposerPourUsager(numero, insee, TypeDocument.valueOf(depot.typeDocument),
                        depot.nomDocument, new ByteArrayInputStream(pdf), pdf.length, acteur);
            }
        }
        return true;
    }

    /**
     * Writes {@code erreurs/<nom>.erreur.txt} (atomically, before the file itself arrives there, so that whoever
     * sees the file finds the reason), moves the file and its attachments, then records the refusal. A file the
     * server will not move is left where it is, with no explanation left behind and no record: the
     * caller reports it by name.
     */
    private void rejeter(ConnexionOuverte sftp, Dossiers dossiers, String insee, String commune, String nom,
            String cheminTravail, XmlFluxRetour flux, String empreinte, List<String> joints, String motif)
            throws IOException {
        Instant maintenant = horloge.instant();
        String numero = flux == null ? null : flux.numeroTeledossier;
        String nomErreur = nom;
        if (sftp.existe(ConnexionOuverte.chemin(dossiers.erreurs, nomErreur))
                || sftp.existe(ConnexionOuverte.chemin(dossiers.erreurs, explication(nomErreur)))) {
            nomErreur = ConnexionOuverte.tronquer(maintenant.toEpochMilli() + "-" + nom,
                    ConnexionOuverte.NOM_MAX_SYSTEME);
        }
        String explication = """
                Fichier : %s
                Commune : %s (%s)
                Traité le : %s (heure de Paris)
                Résultat : refusé, rien n'a été appliqué au télédossier.

                Motif :
                %s

                Corrigez le fichier, puis déposez-le de nouveau dans retour/ ;
                l'identifiant d'un fichier refusé peut resservir.
                Format attendu : schéma flux-retour.xsd, décrit dans la documentation « Échanges sFTP ».
                """.formatted(nom, commune, insee, JOUR_HEURE_SECONDES.format(maintenant), motif);
        String cheminExplication = ConnexionOuverte.chemin(dossiers.erreurs, explication(nomErreur));
        sftp.deposer(dossiers.erreurs, explication(nomErreur),
                sortie -> sortie.write(explication.getBytes(StandardCharsets.UTF_8)));
        try {
            sftp.deplacer(cheminTravail, dossiers.erreurs, nomErreur, maintenant);
        } catch (IOException e) {
            try {
                sftp.supprimer(cheminExplication);
            } catch (IOException dejaSignale) {
                // The move's failure is the one reported.
            }
            throw e;
        }
        for (String joint : joints) {
            String chemin = ConnexionOuverte.chemin(dossiers.retour, joint);
            if (sftp.existe(chemin)) {
                sftp.deplacer(chemin, dossiers.erreurs, joint, maintenant);
            }
        }
        transaction.executeWithoutResult(t -> {
            jdbc.sql("""
                    INSERT INTO flux_retour_fichier (commune_insee, nom_fichier, identifiant, empreinte, numero, statut, motif, traite_le)
                    VALUES (:insee, :nom, :identifiant, :empreinte, :numero, 'REJETE', :motif, :maintenant)
                    """)
                    .param("insee", insee).param("nom", nom).param("identifiant", flux == null ? null : flux.identifiant)
                    .param("empreinte", empreinte).param("numero", numero != null && numero.length() <= 12 ? numero : null)
                    .param("motif", motif).param("maintenant", Timestamp.from(maintenant)).update();
            journal.enregistrer(EntreeAudit.systeme("FLUX_RETOUR_REJETE", "COMMUNE", insee, nom + " : " + motif));
        });
        LOG.info("Flux retour de {} refusé : {} : {}", insee, nom, motif);
    }

    /**
     * The name of the explanation next to a refused file: {@code <nom>.erreur.txt}, the name cut so that it and its
     * temporary name ({@code .<…>.part}) fit in 255 bytes.
     */
    static String explication(String nom) {
        String suffixe = ".erreur.txt";
        return ConnexionOuverte.tronquer(nom, ConnexionOuverte.NOM_MAX_SYSTEME - ".part".length() - 1
                - suffixe.length()) + suffixe;
    }

    private static String empreinte(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ko(long octets) {
        return (octets + 1023) / 1024 + " Ko";
    }

    /** The folders of the flux retour on the commune's server, under its deposit folder. */
    static final class Dossiers {
        final String retour;
        final String enCours;
        final String traites;
        final String erreurs;

        Dossiers(ConnexionSftp connexion) {
            retour = ConnexionOuverte.chemin(connexion.dossier(), RETOUR);
            enCours = ConnexionOuverte.chemin(retour, EN_COURS);
            traites = ConnexionOuverte.chemin(retour, TRAITES);
            erreurs = ConnexionOuverte.chemin(retour, ERREURS);
        }
    }

    /** A claimed file's working name: when it was claimed, then its own name ({@code 1767000000000_statut.xml}). */
    record Reclamation(Instant le, String nomOriginal) {

        static String nom(Instant le, String nomOriginal) {
            return le.toEpochMilli() + "_" + nomOriginal;
        }

        static Reclamation lire(String nom) {
            int separateur = nom.indexOf('_');
            if (separateur <= 0 || !nom.substring(0, separateur).matches("\\d{1,19}")) {
                return null;
            }
            return new Reclamation(Instant.ofEpochMilli(Long.parseLong(nom.substring(0, separateur))),
                    nom.substring(separateur + 1));
        }
    }

    private record Deja(String nom, String empreinte, Instant le) {
    }

    enum Issue {
        APPLIQUE, DEJA_APPLIQUE, REJETE
    }

    /** What a reading did: files applied, files already applied before (read twice), files refused. */
    public record Bilan(int appliques, int dejaAppliques, int rejetes) {
    }

    private static final class Compteur {
        private int appliques;
        private int dejaAppliques;
        private int rejetes;

        void compter(Issue issue) {
            switch (issue) {
                case APPLIQUE -> appliques++;
                case DEJA_APPLIQUE -> dejaAppliques++;
                case REJETE -> rejetes++;
            }
        }

        Bilan bilan() {
            return new Bilan(appliques, dejaAppliques, rejetes);
        }
    }
}
