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

    SuiviUsager(TeledossierRepository teledossiers, Referentiel referentiel, JdbcClient jdbc) {
        this.teledossiers = teledossiers;
        this.referentiel = referentiel;
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<DossierUsager> dossiers(UUID usagerId) {
        return teledossiers.findByUsagerIdOrderByDeposeLeDesc(usagerId).stream().map(this::vue).toList();
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
                .filter(h -> h.getType() == EntreeHistorique.Type.ETAT || h.getType() == EntreeHistorique.Type.REOUVERTURE)
                .map(h -> new DossierUsager.Etape(h.getHorodatage(), h.libelle(), h.getCommentaire()))
                .toList();
        var pieces = jdbc.sql("SELECT type FROM teledossier_piece WHERE teledossier_id = ? ORDER BY ordre")
                .param(d.getId()).query((rs, n) -> TypeDocument.valueOf(rs.getString(1))).list();
        String commune = referentiel.parCodeInsee(d.getCommuneInsee()).map(CommuneResume::libelle)
                .orElse(d.getCommuneInsee());
        return new DossierUsager(d.numero().valeur(), d.getProcedure(), d.getCommuneInsee(), commune, d.getDeposeLe(),
                d.getEtat(), historique, pieces);
    }
}
