package fr.demarches.commune.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.StatutDemande;
import fr.demarches.commune.RefusCommune;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A commune's request to join the service, decided once by a platform administrator. */
@Entity
public class DemandeRaccordement {

    @Id
    private UUID id;
    private String reference;
    private String codeInsee;
    private boolean ile;
    private boolean rco;
    private boolean procuration;
    @Enumerated(EnumType.STRING)
    private ModeRaccordement mode;
    private String boiteFonctionnelle;
    private String contactNom;
    private String contactFonction;
    private String contactCourriel;
    private String contactTelephone;
    private String techniqueNom;
    private String techniqueCourriel;
    private String techniqueTelephone;
    private String sftpHote;
    private Integer sftpPort;
    private String sftpDossier;
    private String sftpIdentifiant;
    private byte[] sftpSecret;
    private String administrateurCourriel;
    private String administrateurNom;
    private String administrateurPrenoms;
    @Enumerated(EnumType.STRING)
    private StatutDemande statut;
    private String motifRefus;
    private LocalDate dateEffet;
    private Instant deposeeLe;
    private Instant traiteeLe;
    @Version
    private long version;

    protected DemandeRaccordement() {
    }

    public DemandeRaccordement(String reference, String codeInsee, Set<Procedure> procedures, ModeRaccordement mode,
            String boiteFonctionnelle, Contact contact, Contact technique, SftpChiffre sftp, Contact administrateur,
            String administrateurPrenoms, Instant deposeeLe) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.codeInsee = codeInsee;
        this.ile = procedures.contains(Procedure.ILE);
        this.rco = procedures.contains(Procedure.RCO);
        this.procuration = procedures.contains(Procedure.PROCURATION);
        this.mode = mode;
        this.boiteFonctionnelle = boiteFonctionnelle;
        this.contactNom = contact.nom();
        this.contactFonction = contact.fonction();
        this.contactCourriel = contact.courriel();
        this.contactTelephone = contact.telephone();
        if (technique != null) {
            this.techniqueNom = technique.nom();
            this.techniqueCourriel = technique.courriel();
            this.techniqueTelephone = technique.telephone();
        }
        if (mode == ModeRaccordement.SFTP) {
            this.sftpHote = sftp.hote();
            this.sftpPort = sftp.port();
            this.sftpDossier = sftp.dossier();
            this.sftpIdentifiant = sftp.identifiant();
            this.sftpSecret = sftp.secret();
        }
        this.administrateurCourriel = administrateur.courriel();
        this.administrateurNom = administrateur.nom();
        this.administrateurPrenoms = administrateurPrenoms;
        this.statut = StatutDemande.DEPOSEE;
        this.deposeeLe = deposeeLe;
    }

    public String getReference() {
        return reference;
    }

    public void accepter(LocalDate effet, Instant maintenant) {
        exigerDeposee();
        statut = StatutDemande.ACCEPTEE;
        dateEffet = effet;
        traiteeLe = maintenant;
    }

    public void refuser(String motif, Instant maintenant) {
        exigerDeposee();
        if (motif == null || motif.isBlank()) {
            throw new RefusCommune("Indiquez le motif du refus.");
        }
        statut = StatutDemande.REFUSEE;
        motifRefus = motif.strip();
        traiteeLe = maintenant;
    }

    private void exigerDeposee() {
        if (statut != StatutDemande.DEPOSEE) {
            throw new RefusCommune("Demande déjà traitée.");
        }
    }

    public Set<Procedure> procedures() {
        var p = EnumSet.noneOf(Procedure.class);
        if (ile) {
            p.add(Procedure.ILE);
        }
        if (rco) {
            p.add(Procedure.RCO);
        }
        if (procuration) {
            p.add(Procedure.PROCURATION);
        }
        return p;
    }

    /** Contact details as the form gives them. */
    public record Contact(String nom, String fonction, String courriel, String telephone) {
    }

    /** sFTP parameters with the secret already encrypted. */
    public record SftpChiffre(String hote, Integer port, String dossier, String identifiant, byte[] secret) {
    }

    public UUID getId() {
        return id;
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

    public String getContactNom() {
        return contactNom;
    }

    public String getContactFonction() {
        return contactFonction;
    }

    public String getContactCourriel() {
        return contactCourriel;
    }

    public String getContactTelephone() {
        return contactTelephone;
    }

    public String getTechniqueNom() {
        return techniqueNom;
    }

    public String getTechniqueCourriel() {
        return techniqueCourriel;
    }

    public String getTechniqueTelephone() {
        return techniqueTelephone;
    }

    public String getSftpHote() {
        return sftpHote;
    }

    public Integer getSftpPort() {
        return sftpPort;
    }

    public String getSftpDossier() {
        return sftpDossier;
    }

    public String getSftpIdentifiant() {
        return sftpIdentifiant;
    }

    public byte[] getSftpSecret() {
        return sftpSecret;
    }

    public String getAdministrateurCourriel() {
        return administrateurCourriel;
    }

    public String getAdministrateurNom() {
        return administrateurNom;
    }

    public String getAdministrateurPrenoms() {
        return administrateurPrenoms;
    }

    public StatutDemande getStatut() {
        return statut;
    }

    public String getMotifRefus() {
        return motifRefus;
    }

    public LocalDate getDateEffet() {
        return dateEffet;
    }

    public Instant getDeposeeLe() {
        return deposeeLe;
    }

    public Instant getTraiteeLe() {
        return traiteeLe;
    }
}
