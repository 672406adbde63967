package fr.demarches.commune.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresSftp;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.RefusCommune;
import fr.demarches.shared.OubliApresEcriture;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A commune's connection to the service: from {@code dateEffet} on, its citizens can send requests. */
@Entity
@EntityListeners(OubliApresEcriture.class)
public class Raccordement {

    @Id
    private String codeInsee;

    @Enumerated(EnumType.STRING)
    private ModeRaccordement mode;

    private String boiteFonctionnelle;

    private boolean ile;

    private boolean rco;

    private boolean procuration;

    private LocalDate dateEffet;

    private Instant creeLe;

    private String sftpHote;

    private Integer sftpPort;

    private String sftpDossier;

    private String sftpIdentifiant;

    /** AES-GCM ciphertext (see {@code Chiffrement}); leaves the module in clear only to open a connection. */
    private byte[] sftpSecret;

    /** The server's host key fingerprint ("SHA256:…") every connection checks; null until recorded. */
    private String sftpEmpreinteHote;

    private Instant sftpEmpreinteEnregistreeLe;

    private boolean recuAuPremierTelechargement;

    private boolean validationAutoProcurations;

    @Version
    private long version;

    protected Raccordement() {
    }

    public Raccordement(String codeInsee, ModeRaccordement mode, String boiteFonctionnelle, Set<Procedure> procedures,
            LocalDate dateEffet, Instant creeLe) {
        this.codeInsee = codeInsee;
        this.mode = mode;
        this.boiteFonctionnelle = boiteFonctionnelle;
        this.dateEffet = dateEffet;
        this.creeLe = creeLe;
        ouvrir(procedures);
    }

    /**
     * The sFTP destination; a null secret keeps the one already stored. SFTP needs a complete destination. Another
     * server (host or port) forgets the recorded host key: it has to be recorded again before any connection.
     */
    public void recevoirPar(ModeRaccordement nouveauMode, ParametresSftp sftp, byte[] secretChiffre) {
        if (nouveauMode == ModeRaccordement.SFTP) {
            byte[] secret = secretChiffre != null ? secretChiffre : sftpSecret;
            if (sftp == null || sftp.hote() == null || sftp.port() == null || sftp.identifiant() == null
                    || secret == null) {
                throw new RefusCommune(
                        "Paramètres sFTP incomplets : serveur, port, identifiant et secret sont requis.");
            }
            if (!sftp.hote().equalsIgnoreCase(String.valueOf(sftpHote)) || !sftp.port().equals(sftpPort)) {
                sftpEmpreinteHote = null;
                sftpEmpreinteEnregistreeLe = null;
            }
            sftpHote = sftp.hote();
            sftpPort = sftp.port();
            sftpDossier = sftp.dossier();
            sftpIdentifiant = sftp.identifiant();
            sftpSecret = secret;
        }
        mode = nouveauMode;
    }

    public void parametrer(Set<Procedure> procedures, String boite, boolean recuAuPremier, boolean validationAuto) {
        ouvrir(procedures);
        boiteFonctionnelle = boite;
        recuAuPremierTelechargement = recuAuPremier;
        validationAutoProcurations = validationAuto;
    }

    void ouvrir(Set<Procedure> procedures) {
        ile = procedures.contains(Procedure.ILE);
        rco = procedures.contains(Procedure.RCO);
        procuration = procedures.contains(Procedure.PROCURATION);
    }

    public Set<Procedure> procedures() {
        return procedures(ile, rco, procuration);
    }

    /** The procedures a connection opens, from its three columns. */
    public static Set<Procedure> procedures(boolean ile, boolean rco, boolean procuration) {
        var ouvertes = EnumSet.noneOf(Procedure.class);
        if (ile) {
            ouvertes.add(Procedure.ILE);
        }
        if (rco) {
            ouvertes.add(Procedure.RCO);
        }
        if (procuration) {
            ouvertes.add(Procedure.PROCURATION);
        }
        return ouvertes;
    }

    public String getCodeInsee() {
        return codeInsee;
    }

    public ModeRaccordement getMode() {
        return mode;
    }

    public String getBoiteFonctionnelle() {
        return boiteFonctionnelle;
    }

    public LocalDate getDateEffet() {
        return dateEffet;
    }

    /** The sFTP destination, or null when none was ever given. */
    public ParametresSftp sftp() {
        return sftpHote == null ? null : new ParametresSftp(sftpHote, sftpPort, sftpDossier, sftpIdentifiant);
    }

    public byte[] getSftpSecret() {
        return sftpSecret;
    }

    /** Records the host key the platform will accept from now on (read from the server and confirmed, or given). */
    public void enregistrerEmpreinteHote(String empreinte, Instant maintenant) {
        if (sftpHote == null) {
            throw new RefusCommune("Aucun serveur sFTP n'est paramétré pour cette commune.");
        }
        sftpEmpreinteHote = empreinte;
        sftpEmpreinteEnregistreeLe = maintenant;
    }

    public String getSftpEmpreinteHote() {
        return sftpEmpreinteHote;
    }

    public Instant getSftpEmpreinteEnregistreeLe() {
        return sftpEmpreinteEnregistreeLe;
    }

    public boolean isRecuAuPremierTelechargement() {
        return recuAuPremierTelechargement;
    }

    public boolean isValidationAutoProcurations() {
        return validationAutoProcurations;
    }
}
