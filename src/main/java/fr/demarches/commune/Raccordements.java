package fr.demarches.commune;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import fr.demarches.commune.internal.Raccordement;
import fr.demarches.commune.internal.RaccordementRepository;
import fr.demarches.shared.AvisDeChangement;
import fr.demarches.shared.Chiffrement;
import fr.demarches.shared.LectureSimple;
import fr.demarches.shared.MemoireSuivie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The communes connected to the service and what each one receives. */
@Service
@Transactional(readOnly = true)
public class Raccordements {

    private final RaccordementRepository raccordements;
    private final Referentiel referentiel;
    private final Clock horloge;
    private final Chiffrement chiffrement;
    private final JdbcClient jdbc;
    private final MemoireSuivie<String, Optional<RaccordementVue>> memoire;

    Raccordements(RaccordementRepository raccordements, Referentiel referentiel, Clock horloge,
            Chiffrement chiffrement, JdbcClient jdbc, AvisDeChangement avis) {
        this.raccordements = raccordements;
        this.jdbc = jdbc;
        this.memoire = avis.memoire("raccordement");
        this.referentiel = referentiel;
        this.horloge = horloge;
        this.chiffrement = chiffrement;
    }

    /** Whether the commune receives this procedure online today. */
    @LectureSimple
    public boolean ouvert(String codeInsee, Procedure procedure) {
        return de(codeInsee).map(r -> r.ouvert(procedure, LocalDate.now(horloge))).orElse(false);
    }

    /** The commune's option: an agent's first download moves a new dossier to "reçu par le service traitant". */
    public boolean recuAuPremierTelechargement(String codeInsee) {
        return raccordements.findById(codeInsee).map(r -> r.isRecuAuPremierTelechargement()).orElse(false);
    }

    /** The commune's option: procurations whose automated checks all pass are accepted without an agent. */
    public boolean validationAutomatiqueProcurations(String codeInsee) {
        return raccordements.findById(codeInsee).map(r -> r.isValidationAutoProcurations()).orElse(false);
    }

    /**
     * Asked on every submission (the form's check, then the service): kept in memory until the table changes (V219),
     * and read once per request when it cannot be.
     */
    @LectureSimple
    public Optional<RaccordementVue> de(String codeInsee) {
        // The view's columns in one plain statement: the entity, loaded outside any transaction, cost one of its own
        // and a persistence context (docs/performance.md).
        return fr.demarches.shared.MemoireRequete.memoriser("raccordement." + codeInsee, () -> memoire.lire(codeInsee,
                () -> jdbc.sql("""
                        SELECT code_insee, mode, boite_fonctionnelle, ile, rco, procuration, date_effet
                        FROM raccordement WHERE code_insee = ?""")
                .param(codeInsee)
                .query((rs, n) -> new RaccordementVue(rs.getString(1), ModeRaccordement.valueOf(rs.getString(2)),
                        // Shared by every request while kept: not the entity's mutable set.
                        rs.getString(3), Set.copyOf(Raccordement.procedures(rs.getBoolean(4), rs.getBoolean(5),
                                rs.getBoolean(6))),
                        rs.getObject(7, LocalDate.class)))
                .optional()));
    }

    /** The communes that receive their dossiers on their sFTP server, by INSEE code. */
    public java.util.List<String> communesEnSftp() {
        return raccordements.findByModeOrderByCodeInsee(ModeRaccordement.SFTP).stream()
                .map(Raccordement::getCodeInsee).toList();
    }

    /**
     * How to connect to the commune's sFTP server, secret deciphered; empty unless the commune is in sFTP mode.
     * Only the exchange module asks, to open a connection at once: the secret is not to be kept or shown.
     *
     * @throws ParametresSftpIllisibles when the stored secret no longer deciphers
     */
    public Optional<ConnexionSftp> connexionSftp(String codeInsee) {
        return raccordements.findById(codeInsee)
                .filter(r -> r.getMode() == ModeRaccordement.SFTP && r.sftp() != null && r.getSftpSecret() != null)
                .map(r -> new ConnexionSftp(r.getCodeInsee(), r.sftp().hote(), r.sftp().port(), r.sftp().dossier(),
                        r.sftp().identifiant(), secret(r.getSftpSecret()), r.getSftpEmpreinteHote()));
    }

    private String secret(byte[] chiffre) {
        try {
            return chiffrement.dechiffrer(chiffre);
        } catch (IllegalStateException illisible) {
            throw new ParametresSftpIllisibles(illisible);
        }
    }

    /** The recorded host key fingerprint and when it was recorded; empty when none is. */
    public Optional<EmpreinteHote> empreinteHote(String codeInsee) {
        return raccordements.findById(codeInsee).filter(r -> r.getSftpEmpreinteHote() != null)
                .map(r -> new EmpreinteHote(r.getSftpEmpreinteHote(), r.getSftpEmpreinteEnregistreeLe()));
    }

    public long nombre() {
        return raccordements.count();
    }

    /** Connects a commune (used by the administration, and by the demo data). */
    @Transactional
    public RaccordementVue raccorder(String codeInsee, ModeRaccordement mode, String boiteFonctionnelle,
            Set<Procedure> procedures, LocalDate dateEffet) {
        if (referentiel.parCodeInsee(codeInsee).isEmpty()) {
            throw new RefusCommune("Commune inconnue : " + codeInsee + ".");
        }
        var raccordement = raccordements.save(new Raccordement(codeInsee, mode, boiteFonctionnelle, procedures,
                dateEffet, horloge.instant()));
        return vue(raccordement);
    }

    private static RaccordementVue vue(Raccordement r) {
        return new RaccordementVue(r.getCodeInsee(), r.getMode(), r.getBoiteFonctionnelle(), r.procedures(),
                r.getDateEffet());
    }

    public record EmpreinteHote(String empreinte, java.time.Instant enregistreeLe) {
    }

    public record RaccordementVue(String codeInsee, ModeRaccordement mode, String boiteFonctionnelle,
            Set<Procedure> procedures, LocalDate dateEffet) {

        /** Whether the commune receives this procedure online on {@code jour}. */
        public boolean ouvert(Procedure procedure, LocalDate jour) {
            return !jour.isBefore(dateEffet) && procedures.contains(procedure);
        }
    }
}
