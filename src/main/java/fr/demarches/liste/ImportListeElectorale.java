package fr.demarches.liste;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a commune's electoral list with the content of a CSV file (UTF-8, ";" separator, header line; see
 * docs/procurations.md). The whole file is checked first: one bad line refuses the file and nothing changes.
 * Rows go in with PostgreSQL's COPY.
 */
@Service
public class ImportListeElectorale {

    public static final int ERREURS_MONTREES = 100;

    static final List<String> COLONNES = List.of("nne", "nom_naissance", "nom_usage", "prenoms", "sexe",
            "date_naissance", "lieu_naissance", "bureau_vote", "type_liste");

    private static final java.util.regex.Pattern NNE = java.util.regex.Pattern.compile("\\d{6,20}");
    private static final java.util.regex.Pattern FIN_DE_LIGNE = java.util.regex.Pattern.compile("\r?\n");

    private final JdbcClient jdbc;
    private final DataSource source;
    private final JournalAudit journal;
    private final Clock horloge;

    ImportListeElectorale(JdbcClient jdbc, DataSource source, JournalAudit journal, Clock horloge) {
        this.jdbc = jdbc;
        this.source = source;
        this.journal = journal;
        this.horloge = horloge;
    }

    @Transactional
    public RapportImport importer(String communeInsee, byte[] contenu, UUID adminId, String admin, String ip) {
        long debut = System.nanoTime();
        var erreurs = new ArrayList<RapportImport.Erreur>();
        List<Electeur> electeurs = lire(communeInsee, contenu, erreurs);
        long duree;
        if (!erreurs.isEmpty()) {
            duree = (System.nanoTime() - debut) / 1_000_000;
            journal.enregistrer(new EntreeAudit("MAIRIE", adminId, admin, "LISTE_ELECTORALE_REFUSEE", "COMMUNE",
                    communeInsee, erreurs.size() + " erreur(s)", ip));
            return new RapportImport(false, 0, List.copyOf(erreurs.subList(0, Math.min(ERREURS_MONTREES, erreurs.size()))),
                    erreurs.size(), duree);
        }
        // Serialises two imports of the same commune.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('liste-' || ?))").param(communeInsee).query().listOfRows();
        jdbc.sql("DELETE FROM electeur WHERE commune_insee = ?").param(communeInsee).update();
        inserer(electeurs);
        jdbc.sql("""
                INSERT INTO import_liste (commune_insee, importe_le, importe_par, electeurs) VALUES (?, ?, ?, ?)
                ON CONFLICT (commune_insee) DO UPDATE SET importe_le = excluded.importe_le,
                    importe_par = excluded.importe_par, electeurs = excluded.electeurs
                """).params(communeInsee, java.sql.Timestamp.from(horloge.instant()), admin, electeurs.size()).update();
        journal.enregistrer(new EntreeAudit("MAIRIE", adminId, admin, "LISTE_ELECTORALE_IMPORTEE", "COMMUNE",
                communeInsee, electeurs.size() + " électeur(s)", ip));
        duree = (System.nanoTime() - debut) / 1_000_000;
        return new RapportImport(true, electeurs.size(), List.of(), 0, duree);
    }

    /** PostgreSQL's COPY, on the transaction's own connection: the fastest way in, and it rolls back with the rest. */
    private void inserer(List<Electeur> electeurs) {
        var lignes = new StringBuilder(electeurs.size() * 100);
        for (Electeur e : electeurs) {
            lignes.append(copie(e.communeInsee())).append('\t').append(copie(e.nne())).append('\t')
                    .append(e.typeListe().name()).append('\t').append(copie(e.nomNaissance())).append('\t')
                    .append(copie(e.nomUsage())).append('\t').append(copie(e.prenoms())).append('\t')
                    .append(e.sexe()).append('\t').append(e.dateNaissance()).append('\t')
                    .append(copie(e.lieuNaissance())).append('\t').append(copie(e.bureauVote())).append('\t')
                    .append(copie(EtatCivil.cle(e.nomNaissance(), e.prenoms(), e.dateNaissance()))).append('\n');
        }
        Connection connexion = DataSourceUtils.getConnection(source);
        try {
            connexion.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY electeur (commune_insee, nne, type_liste, nom_naissance, nom_usage, prenoms, sexe,
                        date_naissance, lieu_naissance, bureau_vote, cle_etat_civil) FROM STDIN (FORMAT text)
                    """, new StringReader(lignes.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Écriture de la liste électorale impossible", e);
        } finally {
            DataSourceUtils.releaseConnection(connexion, source);
        }
    }

    /** A value in COPY's text format: backslash escapes, \N for null. */
    private static String copie(String valeur) {
        if (valeur == null) {
            return "\\N";
        }
        return valeur.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Parses and checks the whole file; problems go to {@code erreurs} with their line number. */
    static List<Electeur> lire(String communeInsee, byte[] contenu, List<RapportImport.Erreur> erreurs) {
        String texte;
        try {
            texte = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(contenu)).toString();
        } catch (CharacterCodingException e) {
            erreurs.add(new RapportImport.Erreur(0, "Le fichier n'est pas encodé en UTF-8. Enregistrez-le au format "
                    + "« CSV UTF-8 » depuis votre tableur, puis importez-le de nouveau."));
            return List.of();
        }
        if (texte.startsWith("\uFEFF")) {
            texte = texte.substring(1);
        }
        String[] lignes = FIN_DE_LIGNE.split(texte, -1);
        if (lignes.length == 0 || lignes[0].isBlank()) {
            erreurs.add(new RapportImport.Erreur(0, "Le fichier est vide."));
            return List.of();
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> entete = champs(lignes[0]);
        for (int i = 0; i < entete.size(); i++) {
            index.put(entete.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        List<String> manquantes = COLONNES.stream().filter(c -> !index.containsKey(c)).toList();
        if (!manquantes.isEmpty()) {
            erreurs.add(new RapportImport.Erreur(1, "Colonne(s) manquante(s) dans l'en-tête : "
                    + String.join(", ", manquantes) + ". Séparateur attendu : point-virgule."));
            return List.of();
        }
        var electeurs = new ArrayList<Electeur>(lignes.length);
        var vus = new HashMap<String, Integer>();
        for (int n = 1; n < lignes.length; n++) {
            if (lignes[n].isBlank()) {
                continue;
            }
            int numero = n + 1;
            List<String> c = champs(lignes[n]);
            if (c.size() != entete.size()) {
                erreurs.add(new RapportImport.Erreur(numero, c.size() + " champ(s) au lieu de " + entete.size() + "."));
                continue;
            }
            int avant = erreurs.size();
            String nne = valeur(c, index, "nne");
            if (!NNE.matcher(nne).matches()) {
                erreurs.add(new RapportImport.Erreur(numero, "Le numéro national d'électeur doit être fait de chiffres."));
            }
            String nom = obligatoire(c, index, "nom_naissance", "le nom de naissance", numero, erreurs);
            String prenoms = obligatoire(c, index, "prenoms", "les prénoms", numero, erreurs);
            String sexe = valeur(c, index, "sexe").toUpperCase(java.util.Locale.ROOT);
            if (!sexe.equals("F") && !sexe.equals("M")) {
                erreurs.add(new RapportImport.Erreur(numero, "Le sexe doit être F ou M."));
            }
            LocalDate naissance = date(valeur(c, index, "date_naissance"));
            if (naissance == null) {
                erreurs.add(new RapportImport.Erreur(numero, "La date de naissance doit être au format JJ/MM/AAAA."));
            }
            String lieu = obligatoire(c, index, "lieu_naissance", "le lieu de naissance", numero, erreurs);
            String bureau = obligatoire(c, index, "bureau_vote", "le bureau de vote", numero, erreurs);
            var type = TypeListe.deCode(valeur(c, index, "type_liste"));
            if (type.isEmpty()) {
                erreurs.add(new RapportImport.Erreur(numero,
                        "Le type de liste doit être generale, municipale ou europeenne."));
            }
            if (erreurs.size() > avant) {
                continue;
            }
            Integer premiere = vus.putIfAbsent(nne + "|" + type.get(), numero);
            if (premiere != null) {
                erreurs.add(new RapportImport.Erreur(numero, "Électeur en double : le numéro " + nne
                        + " figure déjà ligne " + premiere + " sur la même liste."));
                continue;
            }
            String usage = valeur(c, index, "nom_usage");
            electeurs.add(new Electeur(communeInsee, nne, type.get(), nom, usage.isEmpty() ? null : usage, prenoms,
                    sexe, naissance, lieu, bureau));
        }
        if (erreurs.isEmpty() && electeurs.isEmpty()) {
            erreurs.add(new RapportImport.Erreur(0, "Le fichier ne contient aucun électeur."));
        }
        return electeurs;
    }

    /** JJ/MM/AAAA, parsed by hand: a formatter per line costs more than the rest of the line's checks. */
    private static LocalDate date(String texte) {
        if (texte.length() != 10 || texte.charAt(2) != '/' || texte.charAt(5) != '/') {
            return null;
        }
        for (int i : new int[] {0, 1, 3, 4, 6, 7, 8, 9}) {
            if (!Character.isDigit(texte.charAt(i))) {
                return null;
            }
        }
        try {
            var date = LocalDate.of(Integer.parseInt(texte.substring(6)), Integer.parseInt(texte.substring(3, 5)),
                    Integer.parseInt(texte.substring(0, 2)));
            return fr.demarches.shared.Dates.plausible(date) ? date : null;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static String valeur(List<String> champs, Map<String, Integer> index, String colonne) {
        return champs.get(index.get(colonne)).strip();
    }

    private static String obligatoire(List<String> champs, Map<String, Integer> index, String colonne, String libelle,
            int numero, List<RapportImport.Erreur> erreurs) {
        String v = valeur(champs, index, colonne);
        if (v.isEmpty()) {
            erreurs.add(new RapportImport.Erreur(numero, "Il manque " + libelle + "."));
        }
        return v;
    }

    /** Splits one CSV line on ";", honouring double quotes ("" is a quote inside a quoted field). */
    static List<String> champs(String ligne) {
        var champs = new ArrayList<String>();
        var courant = new StringBuilder();
        boolean guillemets = false;
        for (int i = 0; i < ligne.length(); i++) {
            char ch = ligne.charAt(i);
            if (guillemets) {
                if (ch == '"' && i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
                    courant.append('"');
                    i++;
                } else if (ch == '"') {
                    guillemets = false;
                } else {
                    courant.append(ch);
                }
            } else if (ch == '"') {
                guillemets = true;
            } else if (ch == ';') {
                champs.add(courant.toString());
                courant.setLength(0);
            } else {
                courant.append(ch);
            }
        }
        champs.add(courant.toString());
        return champs;
    }
}
