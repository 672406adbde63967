package fr.demarches.teledossier;

import java.time.Clock;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.document.Documents;
import fr.demarches.teledossier.elements.DonneesDemande;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.internal.EnregistrementDepot;
import fr.demarches.teledossier.internal.ProprietesTeledossiers;
import fr.demarches.teledossier.internal.Teledossier;
import fr.demarches.teledossier.internal.TeledossierRepository;
import fr.demarches.teledossier.regles.ConservationElements;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Submission and state changes of télédossiers, each in one transaction with its history, audit and event. */
@Service
@Transactional
public class Teledossiers {

    private final TeledossierRepository teledossiers;
    private final Raccordements raccordements;
    private final JournalAudit journal;
    private final ApplicationEventPublisher evenements;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock horloge;
    private final ConservationElements conservation;
    private final Documents documents;
    private final FilEchanges fil;
    private final EnregistrementDepot enregistrement;

    Teledossiers(TeledossierRepository teledossiers, Raccordements raccordements, JournalAudit journal,
            ApplicationEventPublisher evenements, JdbcClient jdbc, JsonMapper json, Clock horloge,
            ProprietesTeledossiers proprietes, Documents documents, FilEchanges fil,
            EnregistrementDepot enregistrement) {
        this.enregistrement = enregistrement;
        this.documents = documents;
        this.fil = fil;
        this.teledossiers = teledossiers;
        this.raccordements = raccordements;
        this.journal = journal;
        this.evenements = evenements;
        this.jdbc = jdbc;
        this.json = json;
        this.horloge = horloge;
        this.conservation = proprietes.conservation();
    }

    /**
     * Creates the télédossier in state "transmis", or returns the one this form already created. The commune must
     * receive the procedure online today; the forms check it first and explain, this is the last guard. The chosen
     * documents are frozen in the same transaction: one that is no longer the citizen's fails the whole submission.
     * The draft of this form is deleted with it.
     */
    public NumeroTeledossier deposer(Depot depot, String ip) {
        var raccordement = raccordements.de(depot.communeInsee())
                .filter(r -> r.ouvert(depot.procedure(), java.time.LocalDate.now(horloge)));
        if (raccordement.isEmpty()) {
            return enregistrement.numeroParCle(depot.cleIdempotence()).map(NumeroTeledossier::new)
                    .orElseThrow(() -> new DemarcheNonOuverte(depot.communeInsee(), depot.procedure()));
        }
        boolean remiseSftp = raccordement.get().mode() == ModeRaccordement.SFTP;
        var maintenant = horloge.instant();
        var figes = figer(depot.usagerId(), depot.pieces());
        var pieces = new java.util.ArrayList<EnregistrementDepot.Piece>();
        for (int i = 0; i < figes.size(); i++) {
            pieces.add(new EnregistrementDepot.Piece(figes.get(i).id(), depot.pieces().get(i).type(),
                    figes.get(i).nomOriginal()));
        }
        String casParticulier = depot.donnees() instanceof DonneesIle ile && ile.inscriptionTardive() != null
                ? ile.inscriptionTardive().motif().name() : null;
        NumeroTeledossier numero;
        do {
            numero = NumeroTeledossier.tirer();
            if (!enregistrement.inserer(new EnregistrementDepot.Nouveau(numero.valeur(), depot.procedure(),
                    depot.usagerId(), depot.courrielUsager(), depot.nomUsager(), depot.communeInsee(),
                    json.writeValueAsString(depot.donnees()), depot.cleIdempotence(), remiseSftp, casParticulier,
                    maintenant, pieces))) {
                var existant = enregistrement.numeroParCle(depot.cleIdempotence());
                if (existant.isPresent()) {
                    documents.supprimerFiges(figes.stream().map(fr.demarches.document.DocumentFige::id).toList());
                    return new NumeroTeledossier(existant.get());
                }
                // The number was taken (about one in a million at a million dossiers): draw another.
                numero = null;
            }
        } while (numero == null);
        fr.demarches.teledossier.internal.Brouillons.oublier(depot.usagerId(), depot.procedure());
        journal.enregistrer(new EntreeAudit("USAGER", depot.usagerId(), depot.courrielUsager(), "TELEDOSSIER_DEPOSE",
                "TELEDOSSIER", numero.valeur(), depot.procedure().name() + " pour " + depot.communeInsee(), ip));
        evenements.publishEvent(new TeledossierDepose(numero.valeur(), depot.procedure(), depot.communeInsee(),
                depot.courrielUsager(), maintenant, remiseSftp, raccordement.get().boiteFonctionnelle()));
        return numero;
    }

    /** The frozen copies of the chosen documents, in one statement, in their order; all of them or none. */
    private java.util.List<fr.demarches.document.DocumentFige> figer(java.util.UUID usagerId,
            java.util.List<PieceJointe> pieces) {
        return documents.figer(usagerId, pieces.stream().map(PieceJointe::documentId).toList()).stream()
                .map(f -> f.orElseThrow(PieceIntrouvable::new)).toList();
    }

    /**
     * Attaches the frozen copies of a citizen's answer after the dossier's pieces (from {@code ordre} on); each gets
     * the next version of its type, the originals stay. {@code historiqueId}: the answer that brings them.
     */
    private void joindre(Teledossier dossier, java.util.UUID usagerId, java.util.List<PieceJointe> pieces,
            Long historiqueId, int ordre) {
        for (PieceJointe piece : pieces) {
            var fige = documents.figer(usagerId, piece.documentId())
                    .orElseThrow(PieceIntrouvable::new);
            teledossiers.flush();
            jdbc.sql("""
                    INSERT INTO teledossier_piece (teledossier_id, document_fige_id, type, ordre, version, historique_id,
                                                   nom_original)
                    SELECT ?, ?, ?, ?, count(*) + 1, ?, ? FROM teledossier_piece WHERE teledossier_id = ? AND type = ?
                    """)
                    .params(dossier.getId(), fige.id(), piece.type().name(), ++ordre, historiqueId, fige.nomOriginal(),
                            dossier.getId(), piece.type().name()).update();
        }
    }

    /**
     * An agent of the dossier's commune changes its state or sends a comment. {@code communeAgent} is the agent's
     * commune: a dossier of another commune is reported as not found, like a number that does not exist.
     */
    public void changerEtat(NumeroTeledossier numero, String communeAgent, EtatTeledossier etat, String commentaire,
            Acteur agent) {
        changerEtat(numero, communeAgent, null, etat, commentaire, agent);
    }

    /** {@code etatVu}: the state the agent's page showed; another one now is {@link EtatChangeEntreTemps}. */
    public void changerEtat(NumeroTeledossier numero, String communeAgent, EtatTeledossier etatVu,
            EtatTeledossier etat, String commentaire, Acteur agent) {
        var dossier = dossierDeLaCommune(numero, communeAgent);
        // The page's own download may have moved it from "transmis" to "reçu" (the commune's option) without a reload.
        boolean telecharge = etatVu == EtatTeledossier.TRANSMIS && dossier.getEtat() == EtatTeledossier.RECU;
        if (etatVu != null && dossier.getEtat() != etatVu && !telecharge) {
            throw new EtatChangeEntreTemps(dossier.getEtat());
        }
        dossier.changerEtat(etat, commentaire, agent.libelle(), horloge.instant(), conservation);
        tracerEtNotifier(dossier, "TELEDOSSIER_ETAT", etat, commentaire, agent);
    }

    /**
     * Closes one or several dossiers of the commune with their outcome; each citizen is notified with it (and, for a
     * refused registration, the reason and the recourse). An RCO dossier closes as "recensement effectué", or "non
     * effectué" when it was found non-receivable ({@link IssueTeledossier#recensement}); the ILE
     * dossiers take {@code issueIle} ({@code motif} required for a refusal). All or nothing: a number of another
     * commune fails the whole request (it can only be forged). Dossiers closed meanwhile are left as they are.
     */
    public int cloturer(java.util.Collection<NumeroTeledossier> numeros, String communeAgent, IssueTeledossier issueIle,
            String motif, Acteur agent) {
        int clotures = 0;
        for (NumeroTeledossier numero : new java.util.LinkedHashSet<>(numeros)) {
            var dossier = dossierDeLaCommune(numero, communeAgent);
            if (dossier.getEtat().ouvert()) {
                var issue = dossier.getProcedure() == Procedure.RCO ? IssueTeledossier.recensement(dossier.getEtat())
                        : issueIle;
                clore(dossier, issue, issue == IssueTeledossier.INSCRIPTION_REFUSEE ? motif : null, agent);
                clotures++;
            }
        }
        return clotures;
    }

    /**
     * The commune's software closes a dossier (flux retour DONE or CLOSED). A census dossier takes the outcome an
     * agent's closing gives it ({@link IssueTeledossier#recensement}); a registration request gets none, the flux
     * not saying whether it was accepted or refused.
     */
    public void cloturerParLogiciel(NumeroTeledossier numero, String commune, String message, Acteur logiciel) {
        var dossier = dossierDeLaCommune(numero, commune);
        if (dossier.getProcedure() == Procedure.RCO && dossier.getEtat().ouvert()) {
            clore(dossier, IssueTeledossier.recensement(dossier.getEtat()), message, logiciel);
        } else {
            changerEtat(numero, commune, EtatTeledossier.CLOS, message, logiciel);
        }
    }

    private void clore(Teledossier dossier, IssueTeledossier issue, String commentaire, Acteur acteur) {
        var maintenant = horloge.instant();
        dossier.cloturer(issue, commentaire, acteur.libelle(), maintenant);
        journal.enregistrer(new EntreeAudit("MAIRIE", acteur.id(), acteur.libelle(), "TELEDOSSIER_ETAT",
                "TELEDOSSIER", dossier.numero().valeur(), EtatTeledossier.CLOS.libelle() + " : " + issue.libelle(),
                acteur.ip()));
        evenements.publishEvent(new EtatTeledossierChange(dossier.numero().valeur(), dossier.getProcedure(),
                dossier.getCommuneInsee(), dossier.getCourrielUsager(), EtatTeledossier.CLOS, commentaire,
                java.util.List.of(), java.util.List.of(), issue.libelle(),
                issue == IssueTeledossier.INSCRIPTION_REFUSEE
                        ? fr.demarches.teledossier.regles.RecoursRefusInscription.notifie(maintenant).texte()
                        : null));
    }

    /**
     * The mairie asks the citizen for complements; the citizen's mail and dashboard show what is asked, with the
     * button to answer. Refused ({@link ReponseImpossible}) once the elements are purged.
     */
    public void demanderComplements(NumeroTeledossier numero, String communeAgent, DemandeComplements demande,
            Acteur agent) {
        demanderComplements(numero, communeAgent, demande, agent, null);
    }

    /** {@code cle}: the form's key; the same form posted again does nothing ({@link #premierEnvoi}). */
    public void demanderComplements(NumeroTeledossier numero, String communeAgent, DemandeComplements demande,
            Acteur agent, UUID cle) {
        var dossier = dossierDeLaCommune(numero, communeAgent);
        if (!premierEnvoi(cle)) {
            return;
        }
        if (!DemandeComplements.piecesDemandables(dossier.getProcedure()).containsAll(demande.pieces())
                || !DonneeACorriger.de(dossier.getProcedure()).containsAll(demande.donnees())) {
            throw new ReponseImpossible("Ces pièces ou données ne sont pas celles de cette démarche.");
        }
        dossier.demanderComplements(demande, agent.libelle(), horloge.instant(), conservation);
        journal.enregistrer(new EntreeAudit("MAIRIE", agent.id(), agent.libelle(), "TELEDOSSIER_COMPLEMENTS_DEMANDES",
                "TELEDOSSIER", numero.valeur(), demande.pieces() + " " + demande.donnees(), agent.ip()));
        evenements.publishEvent(new EtatTeledossierChange(numero.valeur(), dossier.getProcedure(),
                dossier.getCommuneInsee(), dossier.getCourrielUsager(), EtatTeledossier.ATTENTE_ELEMENTS,
                demande.message(), demande.pieces().stream().map(fr.demarches.document.TypeDocument::libelle).toList(),
                demande.donnees().stream().map(DonneeACorriger::libelle).toList(), null, null));
    }

    /**
     * The citizen answers a request for complements: the chosen documents are frozen and attached (new versions,
     * the originals stay), the message and corrections recorded, the dossier goes back to "reçu" and the commune is
     * told. Another citizen's dossier is "not found"; {@link ReponseImpossible} when nothing is awaited or given.
     */
    public void repondre(ReponseUsager reponse, String ip) {
        var dossier = teledossiers.findByNumero(reponse.numero().valeur())
                .filter(d -> reponse.usagerId().equals(d.getUsagerId()))
                .orElseThrow(() -> new TeledossierIntrouvableException(reponse.numero()));
        if (reponse.vide()) {
            throw new ReponseImpossible("Joignez au moins une pièce, une correction ou un message pour votre mairie.");
        }
        var corrections = new java.util.LinkedHashMap<String, String>();
        reponse.corrections().forEach((donnee, valeur) -> corrections.put(donnee.name(), valeur));
        var entree = dossier.recevoirComplement(reponse.message(),
                corrections.isEmpty() ? null : json.writeValueAsString(corrections), horloge.instant(), conservation);
        teledossiers.flush();
        int ordre = jdbc.sql("SELECT coalesce(max(ordre), 0) FROM teledossier_piece WHERE teledossier_id = ?")
                .param(dossier.getId()).query(Integer.class).single();
        joindre(dossier, reponse.usagerId(), reponse.pieces(), entree.getId(), ordre);
        int rang = (int) dossier.getHistorique().stream()
                .filter(h -> h.getType() == fr.demarches.teledossier.internal.EntreeHistorique.Type.COMPLEMENT).count();
        journal.enregistrer(new EntreeAudit("USAGER", reponse.usagerId(), dossier.getCourrielUsager(),
                "TELEDOSSIER_COMPLEMENT", "TELEDOSSIER", reponse.numero().valeur(),
                reponse.pieces().size() + " pièce(s), " + corrections.size() + " correction(s)", ip));
        evenements.publishEvent(new ComplementRecu(reponse.numero().valeur(), dossier.getProcedure(),
                dossier.getCommuneInsee(), rang));
    }

    /**
     * An agent deposits a PDF for the dossier's citizen (an attestation de recensement, a letter): it lands in the
     * citizen's document space, marked as received from the commune, the history names it and the citizen is told.
     * Refused with {@link fr.demarches.document.DepotRefuse} (French message) when the file is not acceptable.
     */
    public void deposerPourUsager(NumeroTeledossier numero, String communeAgent,
            fr.demarches.document.TypeDocument type, String nomFichier, java.io.InputStream flux, long taille,
            Acteur agent) {
        deposerPourUsager(numero, communeAgent, type, nomFichier, flux, taille, agent, null);
    }

    /** {@code cle}: the form's key; the same form posted again deposits nothing ({@link #premierEnvoi}). */
    public void deposerPourUsager(NumeroTeledossier numero, String communeAgent,
            fr.demarches.document.TypeDocument type, String nomFichier, java.io.InputStream flux, long taille,
            Acteur agent, UUID cle) {
        var dossier = dossierDeLaCommune(numero, communeAgent);
        // What the dossier page and the flux retour offer: a census attestation on a census dossier (not one found
        // non-receivable: the young person is not recorded), or "autre".
        boolean attestation = type == fr.demarches.document.TypeDocument.ATTESTATION_RECENSEMENT
                && IssueTeledossier.attestationPossible(dossier.getProcedure(), dossier.getEtat());
        if (type != fr.demarches.document.TypeDocument.AUTRE && !attestation) {
            throw new fr.demarches.document.DepotRefuse("Un document de cette nature ne se dépose pas sur ce dossier : "
                    + "choisissez « Autre document ».");
        }
        if (!premierEnvoi(cle)) {
            return;
        }
        if (dossier.getUsagerId() == null) {
            throw new fr.demarches.document.DepotRefuse("Le compte de l'usager a été supprimé : informez-le par un "
                    + "changement d'état, qui lui est envoyé par courriel.");
        }
        var document = documents.deposerPourUsager(dossier.getUsagerId(), communeAgent, type, nomFichier, flux, taille);
        dossier.documentDepose(document.nomOriginal(), agent.libelle(), horloge.instant());
        journal.enregistrer(new EntreeAudit("MAIRIE", agent.id(), agent.libelle(), "TELEDOSSIER_DOCUMENT_DEPOSE",
                "TELEDOSSIER", numero.valeur(), type.libelle() + " : " + document.nomOriginal(), agent.ip()));
        evenements.publishEvent(new DocumentDeposePourUsager(numero.valeur(), dossier.getProcedure(), communeAgent,
                dossier.getCourrielUsager(), document.nomOriginal()));
    }

    /**
     * Whether this form's key is new, recorded in the action's transaction: of two posts of one form, even at the
     * same instant, the second waits for the first's commit and finds the key (or takes it, if the first failed).
     */
    private boolean premierEnvoi(UUID cle) {
        return cle == null || jdbc.sql("""
                INSERT INTO formulaire_envoye (cle, envoye_le) VALUES (:cle, :le) ON CONFLICT (cle) DO NOTHING
                """).param("cle", cle).param("le", java.sql.Timestamp.from(horloge.instant())).update() == 1;
    }

    /** The commune administrator reopens a closed dossier, with a reason that the citizen also reads. */
    public void rouvrir(NumeroTeledossier numero, String communeAdmin, EtatTeledossier etat, String motif, Acteur admin) {
        var dossier = dossierDeLaCommune(numero, communeAdmin);
        dossier.rouvrir(etat, motif, admin.libelle(), horloge.instant());
        tracerEtNotifier(dossier, "TELEDOSSIER_REOUVERT", etat, motif, admin);
    }

    private void tracerEtNotifier(Teledossier dossier, String action, EtatTeledossier etat, String commentaire,
            Acteur acteur) {
        journal.enregistrer(new EntreeAudit("MAIRIE", acteur.id(), acteur.libelle(), action, "TELEDOSSIER",
                dossier.numero().valeur(), etat.libelle(), acteur.ip()));
        evenements.publishEvent(new EtatTeledossierChange(dossier.numero().valeur(), dossier.getProcedure(),
                dossier.getCommuneInsee(), dossier.getCourrielUsager(), etat, commentaire));
    }

    /**
     * An agent downloads the elements: recorded in the dossier's history and the audit journal; the first download
     * moves a new dossier to "reçu" when the commune chose so. Refused ({@link ElementsPurgesException}) once the
     * retention delay is over, and ({@link ElementsRemisParSftpException}) for a dossier delivered to the commune's
     * sFTP server while the commune stays in that mode, as the sources require.
     */
    public ElementsTelecharges telecharger(NumeroTeledossier numero, String communeInsee, Acteur agent) {
        var dossier = dossierDeLaCommune(numero, communeInsee);
        if (elementsParSftp(dossier)) {
            throw new ElementsRemisParSftpException();
        }
        dossier.telecharger(agent.libelle(), horloge.instant(), conservation);
        journal.enregistrer(new EntreeAudit("MAIRIE", agent.id(), agent.libelle(), "TELEDOSSIER_TELECHARGE",
                "TELEDOSSIER", numero.valeur(), null, agent.ip()));
        if (dossier.getEtat() == EtatTeledossier.TRANSMIS && raccordements.recuAuPremierTelechargement(communeInsee)) {
            dossier.changerEtat(EtatTeledossier.RECU, null, agent.libelle(), horloge.instant(), conservation);
            tracerEtNotifier(dossier, "TELEDOSSIER_ETAT", EtatTeledossier.RECU, null, agent);
        }
        return elements(dossier);
    }

    /** Whether the dossier is delivered by sFTP (fixed at submission); the exchange module queues it then. */
    @Transactional(readOnly = true)
    public boolean remiseParSftp(NumeroTeledossier numero) {
        return teledossiers.findByNumero(numero.valeur()).map(Teledossier::isRemiseSftp).orElse(false);
    }

    /**
     * The elements to push to the commune's sFTP server, without recording a download. Refused
     * ({@link ElementsPurgesException}) once the retention delay is over.
     */
    @Transactional(readOnly = true)
    public ElementsTelecharges elementsARemettre(NumeroTeledossier numero) {
        var dossier = teledossiers.findByNumero(numero.valeur())
                .orElseThrow(() -> new TeledossierIntrouvableException(numero));
        if (!dossier.elementsDisponibles(horloge.instant(), conservation)) {
            throw new ElementsPurgesException(numero, conservation);
        }
        return elements(dossier);
    }

    /** The elements reached the commune's sFTP server under this name: the history and the journal say so. */
    public void remisParSftp(NumeroTeledossier numero, String nomFichier) {
        var dossier = teledossiers.findByNumero(numero.valeur())
                .orElseThrow(() -> new TeledossierIntrouvableException(numero));
        dossier.remisParSftp(nomFichier, horloge.instant());
        journal.enregistrer(EntreeAudit.systeme("TELEDOSSIER_REMIS_SFTP", "TELEDOSSIER", numero.valeur(),
                "Déposé sur le serveur sFTP de la commune " + dossier.getCommuneInsee() + " : " + nomFichier));
    }

    /** Only called while the elements are available. */
    private ElementsTelecharges elements(Teledossier dossier) {
        Class<? extends DonneesDemande> type = switch (dossier.getProcedure()) {
            case ILE -> DonneesIle.class;
            case RCO -> DonneesRco.class;
            case PROCURATION -> throw new IllegalStateException("Une procuration n'est pas un télédossier");
        };
        var pieces = jdbc.sql("""
                        SELECT document_fige_id, type, version, historique_id IS NOT NULL FROM teledossier_piece
                        WHERE teledossier_id = ? ORDER BY ordre""")
                .param(dossier.getId())
                .query((rs, n) -> new ElementsTelecharges.Piece(rs.getObject(1, java.util.UUID.class),
                        fr.demarches.document.TypeDocument.valueOf(rs.getString(2)), rs.getInt(3), rs.getBoolean(4)))
                .list();
        return new ElementsTelecharges(dossier.numero().valeur(), dossier.getProcedure(), dossier.getDeposeLe(),
                json.readValue(dossier.donneesPresentes(), type), pieces,
                fil.lire(java.util.List.of(dossier.getId()), false).getOrDefault(dossier.getId(), java.util.List.of()));
    }

    /** A dossier of the agent's commune; another commune's dossier is "not found", like an unknown number. */
    @Transactional(readOnly = true)
    public VueTeledossier pourCommune(NumeroTeledossier numero, String communeInsee) {
        var d = dossierDeLaCommune(numero, communeInsee);
        var historique = d.getHistorique().stream()
                .map(h -> new VueTeledossier.Evenement(h.getHorodatage(), h.libelle(), h.getCommentaire(), h.getAuteur()))
                .toList();
        var maintenant = horloge.instant();
        boolean disponibles = d.elementsDisponibles(maintenant, conservation);
        var choix = java.util.EnumSet.copyOf(d.getEtat().choix());
        if (d.getEtat().ouvert()) {
            // Closing asks for the outcome and a confirmation: it has its own button.
            choix.remove(EtatTeledossier.CLOS);
        }
        return new VueTeledossier(d.numero().valeur(), d.getProcedure(), d.getCourrielUsager(), d.getDeposeLe(),
                d.getEtat(), choix, historique, !disponibles,
                disponibles ? conservation.joursRestants(d.getConservationDepuis(), maintenant) : 0,
                conservation.fin(d.getConservationDepuis()), elementsParSftp(d), d.getHistorique().stream()
                        .filter(h -> h.getType() == fr.demarches.teledossier.internal.EntreeHistorique.Type.REMISE_SFTP)
                        .map(h -> h.getHorodatage()).findFirst().orElse(null),
                disponibles && d.aDesDonnees() ? identite(d) : null, d.getIssue(), d.isReponseALire(),
                fil.lire(java.util.List.of(d.getId()), false).getOrDefault(d.getId(), java.util.List.of()),
                piecesDuDossier(d), d.getCasParticulier() == null ? null
                        : DonneesIle.CasParticulier.valueOf(d.getCasParticulier()), motifRecensement(d));
    }

    /** Who the citizen is, read from the form data (only while the elements are kept). */
    private VueTeledossier.Identite identite(Teledossier d) {
        return switch (d.getProcedure()) {
            case ILE -> {
                var ile = json.readValue(d.donneesPresentes(), DonneesIle.class);
                yield new VueTeledossier.Identite(ile.prenoms(), ile.nomNaissance(), ile.nomUsage(),
                        ile.dateNaissance(), VueTeledossier.Identite.lieu(ile.lieuNaissance()),
                        VueTeledossier.Identite.commune(ile.adresse()));
            }
            case RCO -> {
                var rco = json.readValue(d.donneesPresentes(), DonneesRco.class);
                yield new VueTeledossier.Identite(rco.prenoms(), rco.nomFamille(), rco.nomUsage(),
                        rco.dateNaissance(), VueTeledossier.Identite.lieu(rco.lieuNaissance()),
                        VueTeledossier.Identite.commune(rco.domicile()));
            }
            case PROCURATION -> throw new IllegalStateException("Une procuration n'est pas un télédossier");
        };
    }

    private java.util.List<EchangeDossier.PieceEchangee> piecesDuDossier(Teledossier d) {
        return jdbc.sql("SELECT type, version, nom_original FROM teledossier_piece WHERE teledossier_id = ? ORDER BY ordre")
                .param(d.getId())
                .query((rs, n) -> new EchangeDossier.PieceEchangee(fr.demarches.document.TypeDocument.valueOf(
                        rs.getString(1)), rs.getInt(2), rs.getString(3)))
                .list();
    }

    /**
     * The ground of an RCO dossier deposited in the month after its holder acquired French nationality
     * ({@link fr.demarches.teledossier.regles.FenetreRecensement#motifAcquisition}), for the mairie's page; null
     * for any other dossier, and once its data are purged.
     */
    private String motifRecensement(Teledossier d) {
        if (d.getProcedure() != Procedure.RCO || d.getElementsPurgesLe() != null) {
            return null;
        }
        return json.readValue(d.donneesPresentes(), DonneesRco.class)
                .fenetre(java.time.LocalDate.ofInstant(d.getDeposeLe(), fr.demarches.shared.Fuseau.PARIS))
                .motifAcquisition().orElse(null);
    }

    /** Delivered by sFTP and the commune still in that mode: not downloadable (back to e-mail mode, they are). */
    private boolean elementsParSftp(Teledossier dossier) {
        return dossier.isRemiseSftp() && modeSftp(dossier.getCommuneInsee());
    }

    private boolean modeSftp(String communeInsee) {
        return raccordements.de(communeInsee).map(r -> r.mode() == ModeRaccordement.SFTP).orElse(false);
    }

    private Teledossier dossierDeLaCommune(NumeroTeledossier numero, String communeInsee) {
        return teledossiers.deLaCommune(numero.valeur(), communeInsee)
                .orElseThrow(() -> new TeledossierIntrouvableException(numero));
    }

    /** Who acts, for the history and the journal. */
    public record Acteur(java.util.UUID id, String libelle, String ip) {
    }
}
