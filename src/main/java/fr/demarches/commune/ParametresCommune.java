package fr.demarches.commune;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.internal.CommuneRepository;
import fr.demarches.commune.internal.RaccordementRepository;
import fr.demarches.shared.Chiffrement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings of a connected commune (procedures, mailbox, reception mode and sFTP destination, options,
 * stamp and signature images) and the platform administrator's postal-code corrections. Callers decide whose
 * commune may be touched; every change is journaled here.
 */
@Service
@Transactional
public class ParametresCommune {

    /** Attestation images are small: a stamp or signature scanned at 300 dpi fits well under this. */
    public static final int TAILLE_MAX_IMAGE = 300 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final RaccordementRepository raccordements;
    private final CommuneRepository communes;
    private final Chiffrement chiffrement;
    private final JournalAudit journal;
    private final JdbcClient jdbc;
    private final Clock horloge;
    private final Referentiel referentiel;

    ParametresCommune(RaccordementRepository raccordements, CommuneRepository communes, Chiffrement chiffrement,
            JournalAudit journal, JdbcClient jdbc, Clock horloge, Referentiel referentiel) {
        this.referentiel = referentiel;
        this.raccordements = raccordements;
        this.communes = communes;
        this.chiffrement = chiffrement;
        this.journal = journal;
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** The settings of a connected commune; empty if the commune is unknown or not connected. */
    @Transactional(readOnly = true)
    public Optional<ParametresVue> de(String codeInsee) {
        if (codeInsee == null) {
            return Optional.empty();
        }
        return raccordements.findById(codeInsee).flatMap(r -> communes.findById(codeInsee).map(c -> {
            var resume = c.resume();
            return new ParametresVue(codeInsee, resume.libelle(), resume.codesPostaux(), r.getDateEffet(),
                    r.procedures(), r.getMode(), r.getBoiteFonctionnelle(), r.sftp(), r.getSftpSecret() != null,
                    r.isRecuAuPremierTelechargement(), r.isValidationAutoProcurations(), images(codeInsee));
        }));
    }

    @Transactional(readOnly = true)
    public Map<String, String> verifier(String codeInsee, FormulaireParametres f) {
        var erreurs = new LinkedHashMap<String, String>();
        if (f.mode() == ModeRaccordement.SFTP) {
            if (f.sftpHote() == null || f.sftpHote().isBlank()) {
                erreurs.put("sftpHote", "Indiquez l'adresse du serveur sFTP.");
            } else if (!f.sftpHote().strip().matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\]")) {
                erreurs.put("sftpHote", "Saisissez un nom de serveur ou une adresse IP, par exemple sftp.mairie-exemple.fr.");
            }
            if (DemandesRaccordement.port(f.sftpPort()) == null) {
                erreurs.put("sftpPort", "Saisissez un port entre 1 et 65535, par exemple 22.");
            }
            if (f.sftpIdentifiant() == null || f.sftpIdentifiant().isBlank()) {
                erreurs.put("sftpIdentifiant", "Indiquez l'identifiant de connexion au serveur sFTP.");
            }
            boolean secretEnregistre = raccordements.findById(codeInsee).map(r -> r.getSftpSecret() != null)
                    .orElse(false);
            if (!secretEnregistre && (f.sftpSecret() == null || f.sftpSecret().isBlank())) {
                erreurs.put("sftpSecret", "Indiquez le mot de passe ou la clé privée que la plateforme utilisera.");
            }
        }
        return erreurs;
    }

    /**
     * Saves settings that passed {@link #verifier}; an empty secret keeps the stored one. True when the sFTP server
     * changed (host or port) and its recorded host key was forgotten: exchanges pause until a new one is recorded.
     */
    public boolean enregistrer(String codeInsee, FormulaireParametres f, Acteur acteur) {
        var r = raccordements.findById(codeInsee).orElseThrow(() -> new RefusCommune("Commune non raccordée."));
        r.parametrer(f.proceduresOuvertes(), f.boiteFonctionnelle().strip(),
                Boolean.TRUE.equals(f.recuAuPremierTelechargement()),
                Boolean.TRUE.equals(f.validationAutoProcurations()));
        boolean nouveauSecret = f.sftpSecret() != null && !f.sftpSecret().isBlank();
        ParametresSftp sftp = f.mode() == ModeRaccordement.SFTP
                ? new ParametresSftp(f.sftpHote().strip(), DemandesRaccordement.port(f.sftpPort()),
                        f.sftpDossier() == null || f.sftpDossier().isBlank() ? null : f.sftpDossier().strip(),
                        f.sftpIdentifiant().strip())
                : null;
        boolean cleConnue = r.getSftpEmpreinteHote() != null;
        ParametresSftp avant = r.sftp();
        r.recevoirPar(f.mode(), sftp, nouveauSecret ? chiffrement.chiffrer(f.sftpSecret()) : null);
        boolean cleOubliee = cleConnue && r.getSftpEmpreinteHote() == null;
        journal.enregistrer(acteur.entree("PARAMETRES_COMMUNE_MODIFIES", "COMMUNE", codeInsee,
                "Démarches " + r.procedures() + ", mode " + f.mode() + ", boîte " + f.boiteFonctionnelle().strip()
                        + ", reçu au premier téléchargement " + r.isRecuAuPremierTelechargement()
                        + ", validation automatique des procurations " + r.isValidationAutoProcurations()
                        + (sftp != null && !sftp.equals(avant)
                                ? ", destination sFTP " + destination(avant) + " → " + destination(sftp) : "")
                        + (nouveauSecret ? ", secret sFTP remplacé" : "")
                        + (cleOubliee ? ", serveur sFTP changé : clé d'hôte à enregistrer de nouveau" : "")));
        return cleOubliee;
    }

    /** "identifiant@hôte:port/dossier", for the journal: where the dossiers go, before and after a change. */
    private static String destination(ParametresSftp sftp) {
        return sftp == null ? "aucune" : sftp.identifiant() + "@" + sftp.hote() + ":" + sftp.port() + "/"
                + (sftp.dossier() == null ? "" : sftp.dossier());
    }

    /**
     * Records the host key fingerprint of the commune's sFTP server ("SHA256:" and 43 base64 characters, as
     * {@code ssh-keygen -l} prints it): from now on a server presenting another key is refused.
     */
    public void enregistrerEmpreinteHote(String codeInsee, String empreinte, Acteur acteur) {
        var r = raccordements.findById(codeInsee).orElseThrow(() -> new RefusCommune("Commune non raccordée."));
        String normalisee = empreinteNormalisee(empreinte)
                .orElseThrow(() -> new RefusCommune(
                        "L'empreinte doit être une empreinte SHA-256, par exemple SHA256: suivi de 43 caractères."));
        String ancienne = r.getSftpEmpreinteHote();
        r.enregistrerEmpreinteHote(normalisee, horloge.instant());
        journal.enregistrer(acteur.entree("CLE_HOTE_SFTP_ENREGISTREE", "COMMUNE", codeInsee,
                "Clé d'hôte " + normalisee + (ancienne == null ? "" : ", remplace " + ancienne)));
    }

    /**
     * A host key fingerprint as typed (with or without "SHA256:", with or without the final "="), in the form the
     * platform compares; empty when it is not a SHA-256 fingerprint.
     */
    public static Optional<String> empreinteNormalisee(String saisie) {
        if (saisie == null) {
            return Optional.empty();
        }
        String s = saisie.strip();
        if (s.regionMatches(true, 0, "SHA256:", 0, 7)) {
            s = s.substring(7);
        }
        if (s.endsWith("=")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.matches("[A-Za-z0-9+/]{43}") ? Optional.of("SHA256:" + s) : Optional.empty();
    }

    /** Why an image is refused, in French, or empty when it is a PNG or JPEG of acceptable size. */
    public static Optional<String> refusImage(byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            return Optional.of("Choisissez un fichier image.");
        }
        if (contenu.length > TAILLE_MAX_IMAGE) {
            return Optional.of("L'image ne doit pas dépasser " + TAILLE_MAX_IMAGE / 1024 + " Ko.");
        }
        if (typeMime(contenu) == null) {
            return Optional.of("L'image doit être au format PNG ou JPEG.");
        }
        if (!lisible(contenu)) {
            return Optional.of("L'image ne peut pas être lue : enregistrez-la à nouveau au format PNG ou JPEG.");
        }
        return Optional.empty();
    }

    /** The first bytes name the format; decoding proves the rest, so that an attestation never fails on it later. */
    private static boolean lisible(byte[] contenu) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(contenu)) != null;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    public void deposerImage(String codeInsee, NatureImage nature, byte[] contenu, Acteur acteur) {
        refusImage(contenu).ifPresent(raison -> {
            throw new RefusCommune(raison);
        });
        if (!raccordements.existsById(codeInsee)) {
            throw new RefusCommune("Commune non raccordée.");
        }
        jdbc.sql("""
                INSERT INTO commune_image (code_insee, nature, type_mime, contenu, modifiee_le)
                VALUES (:insee, :nature, :type, :contenu, :maintenant)
                ON CONFLICT (code_insee, nature) DO UPDATE
                SET type_mime = EXCLUDED.type_mime, contenu = EXCLUDED.contenu, modifiee_le = EXCLUDED.modifiee_le
                """)
                .param("insee", codeInsee).param("nature", nature.name()).param("type", typeMime(contenu))
                .param("contenu", contenu).param("maintenant", Timestamp.from(horloge.instant()))
                .update();
        journal.enregistrer(acteur.entree("IMAGE_COMMUNE_DEPOSEE", "COMMUNE", codeInsee,
                nature.libelle() + ", " + contenu.length + " octets"));
    }

    public void supprimerImage(String codeInsee, NatureImage nature, Acteur acteur) {
        int n = jdbc.sql("DELETE FROM commune_image WHERE code_insee = :insee AND nature = :nature")
                .param("insee", codeInsee).param("nature", nature.name()).update();
        if (n > 0) {
            journal.enregistrer(acteur.entree("IMAGE_COMMUNE_SUPPRIMEE", "COMMUNE", codeInsee, nature.libelle()));
        }
    }

    @Transactional(readOnly = true)
    public Optional<Image> image(String codeInsee, NatureImage nature) {
        return jdbc.sql("SELECT type_mime, contenu FROM commune_image WHERE code_insee = :insee AND nature = :nature")
                .param("insee", codeInsee).param("nature", nature.name())
                .query((rs, n) -> new Image(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Adds a postal code the official data lacks for this commune (a frequent support request). */
    public void ajouterCodePostal(String codeInsee, String codePostal, Acteur acteur) {
        int n = jdbc.sql("INSERT INTO commune_code_postal (code_insee, code_postal) VALUES (:insee, :cp) ON CONFLICT DO NOTHING")
                .param("insee", codeInsee).param("cp", codePostal).update();
        oublierApresValidation();
        if (n > 0) {
            journal.enregistrer(acteur.entree("CODE_POSTAL_AJOUTE", "COMMUNE", codeInsee, codePostal));
        }
    }

    /** Removes a wrong postal code; a commune keeps at least one. */
    public void retirerCodePostal(String codeInsee, String codePostal, Acteur acteur) {
        long restants = jdbc.sql("SELECT count(*) FROM commune_code_postal WHERE code_insee = :insee")
                .param("insee", codeInsee).query(Long.class).single();
        if (restants <= 1) {
            throw new RefusCommune("Une commune garde au moins un code postal.");
        }
        int n = jdbc.sql("DELETE FROM commune_code_postal WHERE code_insee = :insee AND code_postal = :cp")
                .param("insee", codeInsee).param("cp", codePostal).update();
        oublierApresValidation();
        if (n > 0) {
            journal.enregistrer(acteur.entree("CODE_POSTAL_RETIRE", "COMMUNE", codeInsee, codePostal));
        }
    }

    /** The referential's memory is emptied once the correction is committed, so that no read keeps the old one. */
    private void oublierApresValidation() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            referentiel.oublier();
                        }
                    });
        } else {
            referentiel.oublier();
        }
    }

    private java.util.Set<NatureImage> images(String codeInsee) {
        var natures = EnumSet.noneOf(NatureImage.class);
        jdbc.sql("SELECT nature FROM commune_image WHERE code_insee = :insee").param("insee", codeInsee)
                .query(String.class).list().forEach(n -> natures.add(NatureImage.valueOf(n)));
        return natures;
    }

    private static String typeMime(byte[] contenu) {
        if (commencePar(contenu, PNG)) {
            return "image/png";
        }
        if (commencePar(contenu, JPEG)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean commencePar(byte[] contenu, byte[] signature) {
        if (contenu.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (contenu[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    public record Image(String typeMime, byte[] contenu) {
    }
}
