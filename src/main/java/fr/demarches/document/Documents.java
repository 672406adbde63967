package fr.demarches.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.document.StockageContenus.ContenuEcrit;
import fr.demarches.document.internal.ControleContenu;
import fr.demarches.document.internal.DetectionType;
import fr.demarches.document.internal.ProprietesDocuments;
import fr.demarches.shared.LectureSimple;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The citizen's documents. Every method taking a {@code proprietaire} only sees that citizen's documents: another
 * one's identifier is answered as unknown. The content is written before the row, so a failed write leaves no
 * row; a row that fails after the write leaves an unreferenced content, which the sweep removes later. A citizen's
 * upload or deletion is written to the audit journal in the same transaction as the row.
 */
@Service
@Transactional
public class Documents {

    /** A mairie deposits PDF only, as the sources require (an attestation, a letter). */
    static final String FORMAT_REFUSE_MAIRIE = "Le document déposé pour l'usager doit être un fichier PDF.";
    static final String FORMAT_REFUSE = "Le fichier doit être un PDF, une image JPEG ou une image PNG : "
            + "les autres formats ne sont pas acceptés, quel que soit le nom du fichier.";

    /** The first key of the owner's lock (two-key form, as the contents' locks: apart from the one-key ones). */
    private static final String VERROU = "espace-documents";

    private static final String COLONNES = "id, type, nom_original, type_contenu, taille, origine, commune_insee, "
            + "depose_le, supprimable_le";

    private final JdbcClient jdbc;
    private final StockageContenus stockage;
    private final ProprietesDocuments proprietes;
    private final ControleContenu controle;
    private final JournalAudit journal;
    private final Clock horloge;

    Documents(JdbcClient jdbc, StockageContenus stockage, ProprietesDocuments proprietes, ControleContenu controle,
            JournalAudit journal, Clock horloge) {
        this.jdbc = jdbc;
        this.stockage = stockage;
        this.proprietes = proprietes;
        this.controle = controle;
        this.journal = journal;
        this.horloge = horloge;
    }

    /**
     * A document the citizen ({@code usager}, its owner) uploads. {@code taille} is the announced size; the bytes
     * read are checked too.
     */
    public DocumentUsager deposer(Acteur usager, TypeDocument type, String nomOriginal, InputStream flux, long taille) {
        verifierPlace(usager.id(), 1, taille);
        var document = enregistrer(usager.id(), type, nomOriginal, flux, taille, proprietes.tailleMax(), null, null);
        // Two uploads of one citizen at once (two tabs, two instances) each counted the space without the other, and
        // both took the last place: counted again, this one included, under a lock of the owner held to the commit,
        // so the second counts after the first. Taken only now, it does not hold the second while the first is read,
        // checked and stored; a refused one leaves its content to the sweep.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))").param(VERROU).param(usager.id().toString())
                .query().listOfRows();
        verifierPlace(usager.id(), 0, 0);
        journal.enregistrer(usager.entree("DOCUMENT_AJOUTE", "DOCUMENT", document.id().toString(),
                type.name() + " " + document.typeContenu()));
        return document;
    }

    /**
     * The citizen's own uploads, with {@code documents} more of {@code octets} in all, stay within
     * {@code quota-documents} and {@code quota-espace}.
     */
    private void verifierPlace(UUID proprietaire, int documents, long octets) {
        var occupe = jdbc.sql("SELECT count(*), coalesce(sum(taille), 0) FROM document "
                        + "WHERE proprietaire_id = ? AND origine = 'USAGER'")
                .param(proprietaire).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (occupe[0] + documents > proprietes.quotaDocuments()) {
            throw new DepotRefuse("Votre espace contient déjà " + proprietes.quotaDocuments() + " documents, le "
                    + "maximum : supprimez ceux dont vous n'avez plus besoin, puis recommencez.");
        }
        if (occupe[1] + octets > proprietes.quotaEspace().toBytes()) {
            throw new DepotRefuse("Votre espace est plein (" + proprietes.quotaEspace().toMegabytes() + " Mo au plus) : "
                    + "supprimez les documents dont vous n'avez plus besoin, puis recommencez.");
        }
    }

    /** A document a mairie deposits for a citizen (e.g. an attestation de recensement), protected from deletion for a while. */
    public DocumentUsager deposerPourUsager(UUID proprietaire, String communeInsee, TypeDocument type,
            String nomOriginal, InputStream flux, long taille) {
        return enregistrer(proprietaire, type, nomOriginal, flux, taille, proprietes.tailleMaxDepotMairie(),
                communeInsee, horloge.instant().plus(proprietes.conservationDepotCommune()));
    }

    @LectureSimple
    public List<DocumentUsager> lister(UUID proprietaire) {
        return jdbc.sql("SELECT " + COLONNES + " FROM document WHERE proprietaire_id = ? ORDER BY depose_le DESC, nom_original")
                .param(proprietaire).query(Documents::document).list();
    }

    @LectureSimple
    public Optional<DocumentUsager> trouver(UUID proprietaire, UUID id) {
        return trouver(proprietaire, List.of(id)).stream().findFirst();
    }

    /** Several of the citizen's documents in one query (a request's pieces); the others' are left out. */
    @LectureSimple
    public List<DocumentUsager> trouver(UUID proprietaire, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLONNES + " FROM document WHERE id IN (:ids) AND proprietaire_id = :proprietaire")
                .param("ids", ids).param("proprietaire", proprietaire).query(Documents::document).list();
    }

    @LectureSimple
    public Optional<DocumentOuvert> ouvrir(UUID proprietaire, UUID id) {
        return jdbc.sql("SELECT nom_original, type_contenu, taille, empreinte FROM document WHERE id = ? AND proprietaire_id = ?")
                .param(id).param(proprietaire).query(this::ouvert).optional();
    }

    /** The citizen ({@code usager}, its owner) deletes one of their documents. */
    public Suppression supprimer(Acteur usager, UUID id) {
        var document = trouver(usager.id(), id);
        if (document.isEmpty()) {
            return Suppression.INTROUVABLE;
        }
        if (!document.get().supprimable(horloge.instant())) {
            return Suppression.PROTEGE;
        }
        jdbc.sql("DELETE FROM document WHERE id = ? AND proprietaire_id = ?").param(id).param(usager.id()).update();
        journal.enregistrer(usager.entree("DOCUMENT_SUPPRIME", "DOCUMENT", id.toString(), document.get().type().name()));
        return Suppression.SUPPRIME;
    }

    /**
     * An immutable copy of the citizen's document, to attach to a request without uploading it again. The document
     * row is read FOR SHARE: a deletion waits for this copy to be committed, so that the sweep never finds the
     * content referenced by neither.
     */
    public Optional<DocumentFige> figer(UUID proprietaire, UUID id) {
        return figer(proprietaire, List.of(id)).getFirst();
    }

    /**
     * The copies of several documents in one statement (a request's pieces), in the order asked: empty where the
     * document is not (or no longer) the citizen's. A document asked twice is copied twice.
     */
    public List<Optional<DocumentFige>> figer(UUID proprietaire, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var nouveaux = ids.stream().map(id -> UUID.randomUUID()).toList();
        var paires = new java.util.ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            paires.add(new Object[] {nouveaux.get(i), ids.get(i)});
        }
        var figes = jdbc.sql("""
                INSERT INTO document_fige (id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, fige_le)
                SELECT f.nouveau, d.id, d.proprietaire_id, d.type, d.nom_original, d.type_contenu, d.taille, d.empreinte, :maintenant
                FROM (VALUES :paires) AS f (nouveau, document_id)
                JOIN document d ON d.id = f.document_id AND d.proprietaire_id = :proprietaire
                FOR SHARE OF d
                RETURNING id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, fige_le
                """)
                .param("paires", paires).param("maintenant", Timestamp.from(horloge.instant()))
                .param("proprietaire", proprietaire)
                .query((rs, n) -> new DocumentFige(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), TypeDocument.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant()))
                .list();
        return nouveaux.stream().map(n -> figes.stream().filter(f -> f.id().equals(n)).findFirst()).toList();
    }

    /**
     * Deletes frozen copies once the request holding them no longer needs them (the retention rule); the nightly
     * sweep then removes the contents nothing references any more.
     */
    @Transactional
    public int supprimerFiges(java.util.Collection<UUID> idsFiges) {
        if (idsFiges.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM document_fige WHERE id IN (:ids)").param("ids", idsFiges).update();
    }

    /** The content of a frozen copy; the request it belongs to decides who may read it. */
    @Transactional(readOnly = true)
    public Optional<DocumentOuvert> ouvrirFige(UUID idFige) {
        return jdbc.sql("SELECT nom_original, type_contenu, taille, empreinte FROM document_fige WHERE id = ?")
                .param(idFige).query(this::ouvert).optional();
    }

    public DataSize tailleMax() {
        return proprietes.tailleMax();
    }

    private DocumentUsager enregistrer(UUID proprietaire, TypeDocument type, String nomOriginal, InputStream flux,
            long taille, DataSize max, String communeInsee, Instant supprimableLe) {
        if (taille <= 0) {
            throw new DepotRefuse("Le fichier est vide.");
        }
        if (taille > max.toBytes()) {
            throw new DepotRefuse(messageTaille(max));
        }
        ContenuEcrit contenu;
        String typeContenu;
        try {
            // Read whole (the size limit bounds it) and checked by structure before anything is stored.
            byte[] octets = new FluxLimite(flux, max.toBytes()).readAllBytes();
            typeContenu = DetectionType.typeContenu(octets, octets.length).orElseThrow(() -> new DepotRefuse(
                    communeInsee == null ? FORMAT_REFUSE : FORMAT_REFUSE_MAIRIE));
            if (communeInsee != null && !"application/pdf".equals(typeContenu)) {
                throw new DepotRefuse(FORMAT_REFUSE_MAIRIE);
            }
            controle.verifier(octets, typeContenu);
            contenu = stockage.ecrire(new ByteArrayInputStream(octets));
        } catch (TailleDepassee e) {
            throw new DepotRefuse(messageTaille(max));
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture du document impossible", e);
        }
        var document = new DocumentUsager(UUID.randomUUID(), type, nom(nomOriginal), typeContenu, contenu.taille(),
                communeInsee == null ? OrigineDocument.USAGER : OrigineDocument.COMMUNE, communeInsee,
                horloge.instant(), supprimableLe);
        jdbc.sql("""
                INSERT INTO document (id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, origine,
                                      commune_insee, depose_le, supprimable_le)
                VALUES (:id, :proprietaire, :type, :nom, :typeContenu, :taille, :empreinte, :origine, :commune, :depose, :supprimable)
                """)
                .param("id", document.id()).param("proprietaire", proprietaire).param("type", type.name())
                .param("nom", document.nomOriginal()).param("typeContenu", typeContenu)
                .param("taille", document.taille()).param("empreinte", contenu.empreinte())
                .param("origine", document.origine().name()).param("commune", communeInsee)
                .param("depose", Timestamp.from(document.deposeLe()))
                .param("supprimable", supprimableLe == null ? null : Timestamp.from(supprimableLe))
                .update();
        return document;
    }

    private DocumentOuvert ouvert(ResultSet rs, int n) throws SQLException {
        try {
            return new DocumentOuvert(rs.getString(1), rs.getString(2), rs.getLong(3), stockage.lire(rs.getString(4)));
        } catch (IOException e) {
            throw new UncheckedIOException("Contenu du document illisible", e);
        }
    }

    private static DocumentUsager document(ResultSet rs, int n) throws SQLException {
        Timestamp supprimable = rs.getTimestamp(9);
        return new DocumentUsager(rs.getObject(1, UUID.class), TypeDocument.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getLong(5), OrigineDocument.valueOf(rs.getString(6)), rs.getString(7),
                rs.getTimestamp(8).toInstant(), supprimable == null ? null : supprimable.toInstant());
    }

    /** The file's own name only (no path a browser may send), never empty, of a reasonable length. */
    static String nom(String nomOriginal) {
        String nom = nomOriginal == null ? "" : nomOriginal.replaceAll("[\\p{Cntrl}]", "").strip();
        nom = nom.substring(Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\')) + 1);
        if (nom.isBlank()) {
            return "document";
        }
        return nom.length() > 200 ? nom.substring(nom.length() - 200) : nom;
    }

    static String messageTaille(DataSize max) {
        long octets = max.toBytes();
        String limite = octets % (1024 * 1024) == 0 ? max.toMegabytes() + " Mo" : max.toKilobytes() + " Ko";
        return "Le fichier dépasse la taille maximale autorisée (" + limite + ").";
    }

    public enum Suppression {
        SUPPRIME, INTROUVABLE, PROTEGE
    }

    /** Stops reading past the limit, whatever size the sender announced. */
    private static final class FluxLimite extends FilterInputStream {

        private final long limite;
        private long lus;

        FluxLimite(InputStream flux, long limite) {
            super(flux);
            this.limite = limite;
        }

        @Override
        public int read() throws IOException {
            int octet = super.read();
            if (octet >= 0) {
                compter(1);
            }
            return octet;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                compter(n);
            }
            return n;
        }

        private void compter(int n) throws TailleDepassee {
            lus += n;
            if (lus > limite) {
                throw new TailleDepassee();
            }
        }
    }

    private static final class TailleDepassee extends IOException {
    }
}
