package fr.demarches.procuration;

import static fr.demarches.shared.Dates.JOUR;
import static fr.demarches.shared.Dates.JOUR_HEURE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.IdentiteAttestee;
import fr.demarches.compte.LimiteurTentatives;
import fr.demarches.procuration.internal.ControlesAutomatiques;
import fr.demarches.procuration.internal.MesuresProcurations;
import fr.demarches.procuration.internal.Procuration;
import fr.demarches.procuration.internal.ProcurationRepository;
import fr.demarches.procuration.internal.ProprietesProcurations;
import fr.demarches.procuration.internal.ReferencesEnAttente.Objet;
import fr.demarches.procuration.internal.RecherchesComptees;
import fr.demarches.procuration.internal.ReferencesEnAttente;
import fr.demarches.procuration.internal.SurveillanceRecherches;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every step of a procuration, each in one transaction with its audit entry and its event: the mandant's request
 * and cancellation, the officer's look-up and decision, the commune's decision.
 */
@Service
@Transactional
public class Procurations {

    private final ProcurationRepository procurations;
    private final ReferencesEnAttente references;
    private final ControlesAutomatiques controles;
    private final Raccordements raccordements;
    private final Referentiel referentiel;
    private final LimiteurTentatives limiteur;
    private final JournalAudit journal;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final Duration delaiValidation;
    private final Limites limites;
    private final fr.demarches.procuration.internal.ListeProcurations listes;
    private final SurveillanceRecherches surveillance;
    private final RecherchesComptees recherches;
    private final TransactionTemplate transaction;
    private final MesuresProcurations mesures;
    private final String niveauEnLigne;

    Procurations(ProcurationRepository procurations, fr.demarches.procuration.internal.ListeProcurations listes,
            ReferencesEnAttente references, ControlesAutomatiques controles,
            Raccordements raccordements, Referentiel referentiel, LimiteurTentatives limiteur, JournalAudit journal,
            ApplicationEventPublisher evenements, Clock horloge, ProprietesProcurations proprietes,
            SurveillanceRecherches surveillance, RecherchesComptees recherches, TransactionTemplate transaction,
            MesuresProcurations mesures) {
        this.recherches = recherches;
        this.procurations = procurations;
        this.listes = listes;
        this.mesures = mesures;
        this.references = references;
        this.controles = controles;
        this.raccordements = raccordements;
        this.referentiel = referentiel;
        this.limiteur = limiteur;
        this.journal = journal;
        this.evenements = evenements;
        this.horloge = horloge;
        this.delaiValidation = proprietes.delaiValidation();
        this.niveauEnLigne = proprietes.niveauIdentiteEnLigne();
        this.limites = new Limites(proprietes.recherchesParOfficier(), proprietes.recherchesParUnite(),
                proprietes.recherchesFenetre(), proprietes.recherchesBlocage());
        this.surveillance = surveillance;
        this.transaction = transaction;
    }

    // ---- Mandant

    /** Records the request and reserves its reference; the mandant gets it by mail. */
    public VueProcuration deposer(Demande demande, String ip) {
        return deposer(demande, null, UUID.randomUUID(), ip);
    }

    /** Whether the current sign-in ({@code attestation}, null for a password) lets the mandant skip the officer. */
    @Transactional(readOnly = true)
    public boolean etablissementEnLigne(IdentiteAttestee attestation) {
        return EtablissementEnLigne.possible(attestation == null ? null : attestation.niveau(), niveauEnLigne,
                java.time.LocalDate.now(horloge));
    }

    /**
     * The request of a mandant signed in through an identity provider ({@code attestation}; null: a password). At
     * the required level it is established at once (décret n° 2025-1059): no reference to show, no officer; it
     * reaches the commune with its automated checks exactly as an officer-validated one. Below, as any request.
     */
    public VueProcuration deposer(Demande demande, IdentiteAttestee attestation, UUID cle, String ip) {
        if (!raccordements.ouvert(demande.communeInsee(), Procedure.PROCURATION)) {
            throw new RefusProcuration("La commune " + nomCommune(demande.communeInsee())
                    + " ne reçoit pas les procurations en ligne.");
        }
        if (etablissementEnLigne(attestation)) {
            Instant maintenant = horloge.instant();
            var procuration = new Procuration(ReferenceProcuration.tirer(), demande, maintenant, delaiValidation);
            procuration.envoyeeSousCle(cle);
            procuration.etablirEnLigne(attestation, maintenant,
                    controles.instantEtablissement(demande.dateNaissanceMandataire(), maintenant));
            procuration = procurations.saveAndFlush(procuration);
            var etablie = new EntreeAudit("USAGER", demande.usagerId(), demande.courrielMandant(),
                    "PROCURATION_ETABLIE_EN_LIGNE", "PROCURATION", procuration.getReference(), "pour "
                            + demande.communeInsee() + ", " + attestation(procuration), ip);
            boolean acceptee = journaliser(etablie, procuration,
                    raccordements.validationAutomatiqueProcurations(procuration.getCommuneInsee()));
            evenements.publishEvent(new EtatProcurationChange(procuration.getReference(), procuration.getCommuneInsee(),
                    procuration.getCourrielMandant(), acceptee ? EtatProcuration.ACCEPTEE_COMMUNE
                            : EtatProcuration.VALIDEE_AUTORITE, null, true, null, acceptee));
            return vue(procuration, false);
        }
        Instant maintenant = horloge.instant();
        Instant expire = maintenant.plus(delaiValidation);
        // The reference is reserved first (its foreign key is checked at commit, V180), so that the request is
        // inserted once, with it, when the transaction commits.
        var procuration = new Procuration(ReferenceProcuration.tirer(), demande, maintenant, delaiValidation);
        procuration.envoyeeSousCle(cle);
        if (attestation != null) {
            procuration.attester(attestation);
        }
        var reference = references.reserver(procuration.getId(), Objet.DEMANDE, maintenant, expire);
        procuration.attribuerReference(reference);
        procuration = procurations.save(procuration);
        journal.enregistrer(new EntreeAudit("USAGER", demande.usagerId(), demande.courrielMandant(),
                "PROCURATION_DEMANDEE", "PROCURATION", reference.valeur(), "pour " + demande.communeInsee(), ip));
        evenements.publishEvent(new ProcurationDemandee(reference.valeur(), false, demande.courrielMandant(), expire));
        return vue(procuration, false);
    }

    /**
     * The mandant's procuration recorded from the submission {@code cle}, if any: a second post of the same form
     * (refused by the key's unique index, V209) shows the first one instead.
     */
    @Transactional(readOnly = true)
    public Optional<VueProcuration> dejaDeposee(UUID usagerId, UUID cle) {
        return procurations.findByUsagerIdAndCleIdempotence(usagerId, cle).map(p -> vue(p, false));
    }

    @Transactional(readOnly = true)
    public List<VueProcuration> duMandant(UUID usagerId) {
        return procurations.findByUsagerIdOrderByDeposeeLeDesc(usagerId).stream().map(p -> vue(p, false)).toList();
    }

    /** One of the mandant's procurations; someone else's is "not found". */
    @Transactional(readOnly = true)
    public VueProcuration duMandant(UUID usagerId, UUID id) {
        return vue(duMandantEntite(usagerId, id), false);
    }

    /** The mandant asks to cancel: a new reference to show an officer, like the request. */
    public VueProcuration demanderResiliation(UUID usagerId, UUID id, String ip) {
        return demanderResiliation(usagerId, id, null, ip);
    }

    /** The same; at the required sign-in level the cancellation is established at once, like the request. */
    public VueProcuration demanderResiliation(UUID usagerId, UUID id, IdentiteAttestee attestation, String ip) {
        var p = duMandantEntite(usagerId, id);
        Instant maintenant = horloge.instant();
        if (etablissementEnLigne(attestation)) {
            // A cancellation asked by reference and still waiting for an officer: its reference is freed, and said in
            // the journal (an officer who types it later finds nothing, and the journal says why).
            String liberee = p.resiliationEnAttente(maintenant) ? ", référence de résiliation "
                    + p.getReferenceResiliation() + " libérée" : "";
            if (p.getReferenceResiliation() != null) {
                references.liberer(p.getId(), Objet.RESILIATION);
            }
            p.resilierEnLigne(maintenant);
            journal.enregistrer(new EntreeAudit("USAGER", usagerId, p.getCourrielMandant(), "PROCURATION_RESILIEE_EN_LIGNE",
                    "PROCURATION", p.getReference(), attestation.fournisseur() + ", niveau " + attestation.niveau()
                            + ", sujet " + attestation.sujet() + ", authentifié le " + attestation.authentifieeLe()
                            + liberee, ip));
            evenements.publishEvent(new EtatProcurationChange(p.getReference(), p.getCommuneInsee(),
                    p.getCourrielMandant(), EtatProcuration.RESILIEE, null, true));
            return vue(p, false);
        }
        if (p.getReferenceResiliation() != null && !p.resiliationEnAttente(maintenant)) {
            p.oublierResiliation();
            references.liberer(p.getId(), Objet.RESILIATION);
        }
        var reference = references.reserver(p.getId(), Objet.RESILIATION, maintenant, maintenant.plus(delaiValidation));
        p.demanderResiliation(reference, maintenant, delaiValidation);
        journal.enregistrer(new EntreeAudit("USAGER", usagerId, p.getCourrielMandant(), "PROCURATION_RESILIATION_DEMANDEE",
                "PROCURATION", p.getReference(), "référence de résiliation " + reference.valeur(), ip));
        evenements.publishEvent(new ProcurationDemandee(reference.valeur(), true, p.getCourrielMandant(),
                p.getResiliationExpireLe()));
        return vue(p, false);
    }

    private Procuration duMandantEntite(UUID usagerId, UUID id) {
        return procurations.findById(id).filter(p -> usagerId.equals(p.getUsagerId()))
                .orElseThrow(ProcurationIntrouvableException::new);
    }

    // ---- Officer

    /**
     * An officer types a reference to see the request. Only requests and cancellations awaiting an officer are found.
     * <p>
     * One transaction on one connection: the counters and the read in one statement, then the journal. (Counters
     * written in transactions of their own while one was held left the pool empty under load: every look-up waited
     * for a second connection that the others held.) The enumeration watch, which counts in a transaction of its own,
     * runs after this one has given its connection back.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<PourOfficier> rechercher(String saisie, Acteur officier) {
        return consulter(saisie, officier, "recherche");
    }

    /** The request again while the officer corrects the decision form: a look-up like any other, never free. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<PourOfficier> rechercherPourDecision(String saisie, Acteur officier) {
        return consulter(saisie, officier, "décision");
    }

    /**
     * The one way an officer reaches a procuration by its reference, whatever the screen (search, decision, form
     * shown again): a blocked officer or unit gets nothing (not even whether the
     * reference exists) and the try is journaled; otherwise the look-up counts against the officer's and the unit's
     * limits, goes to the journal, and a reference matching nothing is watched for enumeration.
     */
    private Optional<PourOfficier> consulter(String saisie, Acteur officier, String pourquoi) {
        Consultation<PourOfficier> consultation = transaction.execute(t -> {
            var lue = compterEtTrouver(saisie, officier, pourquoi, false);
            if (lue.bloqueJusqua().isEmpty()) {
                journaliserRecherche(saisie, officier, pourquoi, lue.trouvee().isPresent());
            }
            return new Consultation<>(lue.bloqueJusqua(),
                    lue.trouvee().map(x -> new PourOfficier(x.resiliation(), vue(x.procuration(), false))));
        });
        return apres(consultation, officier);
    }

    /** After the transaction: a block is refused, a reference matching nothing is watched for enumeration. */
    private <T> Optional<T> apres(Consultation<T> consultation, Acteur officier) {
        if (consultation.bloqueJusqua().isPresent()) {
            throw new RechercheLimiteeException(consultation.bloqueJusqua().get());
        }
        if (consultation.resultat().isEmpty()) {
            surveillance.introuvable(officier);
        }
        return consultation.resultat();
    }

    private record Consultation<T>(Optional<Instant> bloqueJusqua, Optional<T> resultat) {
    }

    /**
     * The officer's and the unit's counters, then the procuration awaiting a decision under this reference (request
     * or cancellation), in one statement ({@link RecherchesComptees}); {@code liberer}: for a decision, which frees
     * the reference in that same statement. Blocked: nothing is counted nor read, and the try is journaled.
     */
    private Recherche compterEtTrouver(String saisie, Acteur officier, String pourquoi, boolean liberer) {
        // Always the officer's row, then the unit's: two look-ups never lock them in opposite orders.
        var limitesParCle = new java.util.LinkedHashMap<String, Integer>();
        limitesParCle.put("procuration-officier:" + officier.id(), limites.parOfficier());
        limitesParCle.put("procuration-unite:" + officier.uniteId(), limites.parUnite());
        Instant maintenant = horloge.instant();
        var reference = ReferenceProcuration.lire(saisie).map(ReferenceProcuration::valeur);
        var lue = recherches.compterPuisLire(limiteur.comptage(limitesParCle, limites.fenetre(), limites.blocage()),
                reference.orElse(null), maintenant, liberer);
        if (lue.bloqueJusqua().isPresent()) {
            journal.enregistrer(new EntreeAudit("POLICE", officier.id(), officier.libelle(), "PROCURATION_RECHERCHE_BLOQUEE",
                    "PROCURATION", saisie == null ? null : saisie.strip(), pourquoi + ", unité " + officier.uniteId(),
                    officier.ip()));
            mesures.rechercheRefusee();
            return new Recherche(lue.bloqueJusqua(), Optional.empty());
        }
        var trouvee = lue.procuration().filter(p -> reference.isPresent())
                .map(p -> new Trouvee(p, reference.get().equals(p.getReferenceResiliation()), lue.commune()))
                .filter(t -> t.resiliation() ? t.procuration().resiliationEnAttente(maintenant)
                        : t.procuration().etatAu(maintenant) == EtatProcuration.EN_ATTENTE_AUTORITE);
        return new Recherche(Optional.empty(), trouvee);
    }

    private record Recherche(Optional<Instant> bloqueJusqua, Optional<Trouvee> trouvee) {
    }

    /** Every look-up goes to the journal (and a reference matching nothing is watched for enumeration, by the caller). */
    private void journaliserRecherche(String saisie, Acteur officier, String pourquoi, boolean trouvee) {
        journal.enregistrer(new EntreeAudit("POLICE", officier.id(), officier.libelle(), "PROCURATION_RECHERCHE",
                "PROCURATION", saisie == null ? null : saisie.strip(), (trouvee ? "trouvée" : "aucune demande en attente")
                        + ", " + pourquoi + ", unité " + officier.uniteId(), officier.ip()));
    }

    /**
     * The officer validates the request or cancellation after checking the identity document. The reference is
     * looked up as a search is (limited, journaled), then the decision is taken in its own transaction, which frees
     * the reference (see {@link #decider}).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PourOfficier validerParAutorite(String saisie, PieceIdentite typePiece, String numeroPiece, Acteur officier) {
        return decider(saisie, officier, (p, resiliation, commune) -> {
            if (resiliation) {
                p.resilier(officier, horloge.instant());
                journal.enregistrer(new EntreeAudit("POLICE", officier.id(), officier.libelle(), "PROCURATION_RESILIEE",
                        "PROCURATION", p.getReference(), piece(typePiece, numeroPiece) + ", unité " + officier.uniteId(),
                        officier.ip()));
                evenements.publishEvent(new EtatProcurationChange(p.getReference(), p.getCommuneInsee(),
                        p.getCourrielMandant(), EtatProcuration.RESILIEE, null, false,
                        commune.map(RecherchesComptees.Commune::boite).orElse(null), false));
                return;
            }
            Instant maintenant = horloge.instant();
            p.validerParAutorite(typePiece.libelle(), numeroPiece, officier, maintenant,
                    controles.instantEtablissement(p.getDateNaissanceMandataire(), maintenant));
            var validee = new EntreeAudit("POLICE", officier.id(), officier.libelle(), "PROCURATION_VALIDEE_AUTORITE",
                    "PROCURATION", p.getReference(), piece(typePiece, numeroPiece) + ", unité " + officier.uniteId(),
                    officier.ip());
            boolean acceptee = journaliser(validee, p,
                    commune.map(RecherchesComptees.Commune::validationAutomatique).orElse(false));
            // The commune's mailbox goes with the event: read with the procuration, not again by the listener.
            evenements.publishEvent(new EtatProcurationChange(p.getReference(), p.getCommuneInsee(), p.getCourrielMandant(),
                    acceptee ? EtatProcuration.ACCEPTEE_COMMUNE : EtatProcuration.VALIDEE_AUTORITE, null, false,
                    commune.map(RecherchesComptees.Commune::boite).orElse(null), acceptee));
        });
    }

    /** The officer refuses the request (or the cancellation), with a reason the mandant reads; looked up as above. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PourOfficier refuserParAutorite(String saisie, String motif, Acteur officier) {
        return decider(saisie, officier, (p, resiliation, commune) -> {
            if (resiliation) {
                // The cancellation is refused: the procuration stays as it was.
                p.oublierResiliation();
            } else {
                p.refuserParAutorite(motif, officier, horloge.instant());
            }
            journal.enregistrer(new EntreeAudit("POLICE", officier.id(), officier.libelle(),
                    resiliation ? "PROCURATION_RESILIATION_REFUSEE" : "PROCURATION_REFUSEE_AUTORITE",
                    "PROCURATION", p.getReference(), "motif : " + motif + ", unité " + officier.uniteId(), officier.ip()));
            evenements.publishEvent(resiliation
                    ? new ResiliationRefusee(p.getReference(), p.getCourrielMandant(), motif)
                    : new EtatProcurationChange(p.getReference(), p.getCommuneInsee(), p.getCourrielMandant(),
                            EtatProcuration.REFUSEE_AUTORITE, motif));
        });
    }

    /**
     * A decision: in one transaction, the reference is looked up as a search is (counted, in the same statement as
     * the read of the procuration it designates, which also frees the reference), then the procuration is decided. A
     * reference leading nowhere is journaled as a look-up, and that entry commits; a decision's own entry (officer,
     * reference, unit, address) is the journal of its look-up too: one entry per decision post, as one per search.
     */
    private PourOfficier decider(String saisie, Acteur officier, Decision decision) {
        Consultation<PourOfficier> consultation = transaction.execute(t -> {
            var lue = compterEtTrouver(saisie, officier, "décision", true);
            if (lue.bloqueJusqua().isEmpty() && lue.trouvee().isEmpty()) {
                journaliserRecherche(saisie, officier, "décision", false);
            }
            lue.trouvee().ifPresent(d -> decision.appliquer(d.procuration(), d.resiliation(), d.commune()));
            return new Consultation<>(lue.bloqueJusqua(),
                    lue.trouvee().map(d -> new PourOfficier(d.resiliation(), vue(d.procuration(), false))));
        });
        return apres(consultation, officier).orElseThrow(ProcurationIntrouvableException::new);
    }

    @FunctionalInterface
    private interface Decision {
        void appliquer(Procuration procuration, boolean resiliation, Optional<RecherchesComptees.Commune> commune);
    }

    /** {@code commune}: its options, read with the procuration for a decision (empty for a search). */
    private record Trouvee(Procuration procuration, boolean resiliation, Optional<RecherchesComptees.Commune> commune) {
    }

    private static String piece(PieceIdentite type, String numero) {
        return "pièce vérifiée : " + type.libelle() + " n° " + numero;
    }

    // ---- Commune

    /**
     * The establishment of {@code p} journaled ({@code etablie}), and, for a commune that accepts at once
     * ({@code validationAutomatique}, its option read by the caller) when every check passed, its acceptance: both
     * entries in one statement. Whether accepted; the caller's event says it with the establishment
     * ({@code validationIncluse}).
     */
    private boolean journaliser(EntreeAudit etablie, Procuration p, boolean validationAutomatique) {
        if (!validationAutomatique || !controles.tousReussis(p)) {
            journal.enregistrer(etablie);
            return false;
        }
        p.deciderCommune(true, null, "validation automatique", horloge.instant());
        journal.enregistrer(List.of(etablie, EntreeAudit.systeme("PROCURATION_ACCEPTEE_COMMUNE", "PROCURATION",
                p.getReference(), "validation automatique : tous les contrôles sont réussis")));
        return true;
    }

    /** One page of the received procurations, most recently established first; one more row tells of a next page. */
    @Transactional(readOnly = true)
    public PageProcurations recues(String communeInsee, boolean aTraiter, int page) {
        int numero = Math.max(0, page);
        var lignes = listes.recues(communeInsee, aTraiter, PageProcurations.TAILLE + 1,
                (long) numero * PageProcurations.TAILLE);
        return new PageProcurations(lignes.subList(0, Math.min(lignes.size(), PageProcurations.TAILLE)), numero,
                lignes.size() > PageProcurations.TAILLE);
    }

    /** Every procuration of the list can be reached, page after page (no longer only the 500 most recent). */
    public record PageProcurations(List<LigneProcuration> lignes, int page, boolean suivante) {
        public static final int TAILLE = 100;
    }

    /** The registre for one ballot date; exporting it is recorded in the journal (personal data leaves the service). */
    public List<LigneRegistre> registre(String communeInsee, java.time.LocalDate date, Acteur agent) {
        journal.enregistrer(new EntreeAudit("MAIRIE", agent.id(), agent.libelle(), "PROCURATION_REGISTRE_EXPORTE",
                "COMMUNE", communeInsee, "scrutin du " + date, agent.ip()));
        return listes.registre(communeInsee, date);
    }

    /** "Nanterre (92)", for the registre's title. */
    @Transactional(readOnly = true)
    public String nomCommune(String communeInsee) {
        return referentiel.parCodeInsee(communeInsee).map(c -> c.libelle()).orElse(communeInsee);
    }

    /** A procuration received by the commune (validated by an officer), with its checks; others are "not found". */
    @Transactional(readOnly = true)
    public VueProcuration pourCommune(UUID id, String communeInsee) {
        return vue(deLaCommune(id, communeInsee), true);
    }

    public void deciderCommune(UUID id, String communeInsee, boolean accepter, String motif, Acteur agent) {
        var p = deLaCommune(id, communeInsee);
        p.deciderCommune(accepter, motif, agent.libelle(), horloge.instant());
        journal.enregistrer(new EntreeAudit("MAIRIE", agent.id(), agent.libelle(),
                accepter ? "PROCURATION_ACCEPTEE_COMMUNE" : "PROCURATION_REFUSEE_COMMUNE", "PROCURATION",
                p.getReference(), accepter ? null : "motif : " + motif, agent.ip()));
        evenements.publishEvent(new EtatProcurationChange(p.getReference(), p.getCommuneInsee(), p.getCourrielMandant(),
                p.getEtat(), p.getMotif()));
    }

    private Procuration deLaCommune(UUID id, String communeInsee) {
        return procurations.findById(id)
                .filter(p -> p.getCommuneInsee().equals(communeInsee) && p.getEtablieLe() != null)
                .orElseThrow(ProcurationIntrouvableException::new);
    }

    // ---- Expiry

    /** Marks the requests no officer validated in time as expired and frees their references. */
    public int expirer() {
        Instant maintenant = horloge.instant();
        var expirees = procurations.findByEtatAndExpireLeLessThanEqual(EtatProcuration.EN_ATTENTE_AUTORITE, maintenant);
        for (var p : expirees) {
            p.expirer(maintenant);
            references.liberer(p.getId(), Objet.DEMANDE);
            journal.enregistrer(EntreeAudit.systeme("PROCURATION_EXPIREE", "PROCURATION", p.getReference(),
                    "non validée par une autorité habilitée dans le délai"));
        }
        return expirees.size();
    }

    private VueProcuration vue(Procuration p, boolean avecControles) {
        Instant maintenant = horloge.instant();
        EtatProcuration etat = p.etatAu(maintenant);
        String commune = referentiel.parCodeInsee(p.getCommuneInsee()).map(c -> c.libelle()).orElse(p.getCommuneInsee());
        boolean resiliationEnAttente = p.resiliationEnAttente(maintenant);
        String enAttente = etat == EtatProcuration.EN_ATTENTE_AUTORITE ? p.getReference()
                : resiliationEnAttente ? p.getReferenceResiliation() : null;
        return new VueProcuration(p.getId(), p.getReference(), etat, commune, p.getCommuneInsee(), p.getNneMandant(),
                p.getNomNaissanceMandant(), p.getNomUsageMandant(), p.getPrenomsMandant(), p.getDateNaissanceMandant(),
                p.getLieuNaissanceMandant(), mandataire(p), p.getPortee(), p.getDebut(), p.getFin(), p.getDeposeeLe(),
                resiliationEnAttente ? p.getResiliationExpireLe() : p.getExpireLe(), p.getEtablieLe(), p.getOfficier(),
                p.getPieceType(), p.getMotif(), p.getDecideePar(), enAttente, resiliationEnAttente,
                p.resiliable() || (p.getReferenceResiliation() != null && !resiliationEnAttente && etat.etablie()),
                avecControles ? controles.verifier(p) : List.of(), p.etablieEnLigne(), attestation(p));
    }

    /** "FranceConnect, niveau eidas3, sujet …, authentifié le …": how the identity was attested, or null. */
    private static String attestation(Procuration p) {
        if (p.getIdentiteFournisseur() == null) {
            return null;
        }
        return ("franceconnect".equals(p.getIdentiteFournisseur()) ? "FranceConnect" : p.getIdentiteFournisseur())
                + ", niveau " + p.getIdentiteNiveau() + ", sujet " + p.getIdentiteSujet() + ", authentifié le "
                + JOUR_HEURE.format(p.getIdentiteAuthentifieeLe());
    }

    private String mandataire(Procuration p) {
        if (p.getNneMandataire() != null) {
            return "Numéro national d'électeur " + p.getNneMandataire() + ", né(e) le "
                    + JOUR.format(p.getDateNaissanceMandataire());
        }
        return p.getPrenomsMandataire() + " " + p.getNomNaissanceMandataire() + ", né(e) le "
                + JOUR.format(p.getDateNaissanceMandataire())
                + ", inscrit(e) à " + referentiel.parCodeInsee(p.getCommuneMandataire()).map(c -> c.libelle())
                        .orElse(p.getCommuneMandataire());
    }

    /** What the officer sees: a request, or a cancellation of an established procuration. */
    public record PourOfficier(boolean resiliation, VueProcuration vue) {
    }

    record Limites(int parOfficier, int parUnite, Duration fenetre, Duration blocage) {
    }
}
