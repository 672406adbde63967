package fr.demarches.teledossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.internal.EntreeHistorique;
import fr.demarches.teledossier.internal.Teledossier;
import fr.demarches.teledossier.internal.TeledossierRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's own requests, for the dashboard. Only ever reads the dossiers of the citizen it is given. */
@Service
@Transactional(readOnly = true)
public class SuiviUsager {

    private final TeledossierRepository teledossiers;
    private final Referentiel referentiel;
    private final JdbcClient jdbc;
    private final FilEchanges fil;

    SuiviUsager(TeledossierRepository teledossiers, Referentiel referentiel, JdbcClient jdbc, FilEchanges fil) {
        this.fil = fil;
        this.teledossiers = teledossiers;
        this.referentiel = referentiel;
        this.jdbc = jdbc;
    }

    /**
     * Newest first. Six statements whatever the number of dossiers (dossiers, their histories, their pieces, their
     * communes, their conversations), and only the columns shown: the form data of each dossier is not read.
     */
    public List<DossierUsager> dossiers(UUID usagerId) {
        var historiques = new java.util.HashMap<UUID, List<DossierUsager.Etape>>();
        jdbc.sql("""
                SELECT h.teledossier_id, h.horodatage, h.type, h.etat, h.commentaire
                FROM teledossier_historique h JOIN teledossier t ON t.id = h.teledossier_id
                WHERE t.usager_id = ? AND h.type IN ('ETAT', 'REOUVERTURE', 'DEMANDE_COMPLEMENTS', 'COMPLEMENT')
                ORDER BY h.horodatage, h.id
                """)
                .param(usagerId)
                .query((rs, n) -> historiques.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                        .add(new DossierUsager.Etape(rs.getTimestamp(2).toInstant(), EntreeHistorique.libelle(
                                EntreeHistorique.Type.valueOf(rs.getString(3)), EtatTeledossier.valueOf(rs.getString(4))),
                                rs.getString(5))))
                .list();
        var pieces = new java.util.HashMap<UUID, List<TypeDocument>>();
        jdbc.sql("""
                SELECT p.teledossier_id, p.type FROM teledossier_piece p JOIN teledossier t ON t.id = p.teledossier_id
                WHERE t.usager_id = ? ORDER BY p.ordre
                """)
                .param(usagerId)
                .query((rs, n) -> pieces.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                        .add(TypeDocument.valueOf(rs.getString(2))))
                .list();
        record Ligne(UUID id, String numero, fr.demarches.commune.Procedure procedure, String commune,
                java.time.Instant deposeLe, EtatTeledossier etat, IssueTeledossier issue) {
        }
        var lignes = jdbc.sql("""
                SELECT id, numero, procedure, commune_insee, depose_le, etat, issue FROM teledossier
                WHERE usager_id = ? ORDER BY depose_le DESC
                """)
                .param(usagerId)
                .query((rs, n) -> new Ligne(rs.getObject(1, UUID.class), rs.getString(2),
                        fr.demarches.commune.Procedure.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), EtatTeledossier.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : IssueTeledossier.valueOf(rs.getString(7))))
                .list();
        var communes = referentiel.parCodesInsee(lignes.stream().map(Ligne::commune).toList());
        var echanges = fil.lire(lignes.stream().map(Ligne::id).toList(), true);
        return lignes.stream().map(l -> {
            var historique = historiques.getOrDefault(l.id(), List.<DossierUsager.Etape>of());
            return new DossierUsager(l.numero(), l.procedure(), l.commune(),
                    java.util.Optional.ofNullable(communes.get(l.commune())).map(CommuneResume::libelle).orElse(l.commune()),
                    l.deposeLe(), l.etat(), historique, pieces.getOrDefault(l.id(), List.of()), l.issue(),
                    recours(l.issue(), historique), echanges.getOrDefault(l.id(), List.of()));
        }).toList();
    }

    /** One of the citizen's dossiers; another citizen's is empty, like an unknown number. */
    public Optional<DossierUsager> dossier(UUID usagerId, String numero) {
        return teledossiers.findByNumero(numero).filter(d -> usagerId.equals(d.getUsagerId())).map(this::vue);
    }

    /** The citizen's dossier created by the form with this idempotency key, if any. */
    public Optional<DossierUsager> parCleIdempotence(UUID usagerId, UUID cle) {
        return teledossiers.findByCleIdempotence(cle).filter(d -> usagerId.equals(d.getUsagerId())).map(this::vue);
    }

    private DossierUsager vue(Teledossier d) {
        // Downloads and purges are the mairie's business: the citizen sees the states and their comments.
        var historique = d.getHistorique().stream()
                .filter(h -> EntreeHistorique.visibleParUsager(h.getType()))
                .map(h -> new DossierUsager.Etape(h.getHorodatage(), h.libelle(), h.getCommentaire()))
                .toList();
        var pieces = jdbc.sql("SELECT type FROM teledossier_piece WHERE teledossier_id = ? ORDER BY ordre")
                .param(d.getId()).query((rs, n) -> TypeDocument.valueOf(rs.getString(1))).list();
        String commune = referentiel.parCodeInsee(d.getCommuneInsee()).map(CommuneResume::libelle)
                .orElse(d.getCommuneInsee());
        return new DossierUsager(d.numero().valeur(), d.getProcedure(), d.getCommuneInsee(), commune, d.getDeposeLe(),
                d.getEtat(), historique, pieces, d.getIssue(), recours(d.getIssue(), historique),
                fil.lire(List.of(d.getId()), true).getOrDefault(d.getId(), List.of()));
    }

    /** After a refused registration, the recourse counted from the closing (the last closing of the history). */
    private static String recours(IssueTeledossier issue, List<DossierUsager.Etape> historique) {
        if (issue != IssueTeledossier.INSCRIPTION_REFUSEE) {
            return null;
        }
        return historique.stream().filter(e -> EtatTeledossier.CLOS.libelle().equals(e.libelle()))
                .reduce((a, b) -> b)
                .map(e -> fr.demarches.teledossier.regles.RecoursRefusInscription.notifie(e.horodatage()).texte())
                .orElse(null);
    }
}
