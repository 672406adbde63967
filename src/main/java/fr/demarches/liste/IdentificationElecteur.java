package fr.demarches.liste;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which elector of a list a designation names: the one rule that says whether two designations are one person,
 * for the procuration checks (mandant, mandataire, L73 ceiling) and "ma situation électorale".
 * <p>
 * Code électoral R.60 (the elector is recognised on the list by their identity) and the répertoire électoral unique
 * (L16: one national elector number, NNE, per person; the list holds birth name, given names, birth date). So:
 * <ul>
 * <li>by NNE: the entries with that number; the birth date must match too, else the designation is discordant;</li>
 * <li>by civil status: same birth name and birth date, and given names compatible — all equal, or, when one side
 * lists fewer, those it lists are the first ones of the other, whole given names (« Marie » names « Marie Anne »,
 * not « Marie-Anne » nor « Anne Marie »). Comparisons ignore case, accents, hyphens and apostrophes
 * ({@link EtatCivil#normaliser}).</li>
 * </ul>
 * The designation is identified only when exactly one person (one NNE) of the candidates fits; two or more is
 * ambiguous, never a guess. Nothing here reads a clock: the rule does not depend on the date.
 */
public final class IdentificationElecteur {

    /** Given names are separated by spaces or commas; a hyphen joins the parts of one given name (Jean-Pierre). */
    private static final Pattern ENTRE_PRENOMS = Pattern.compile("[\\s,]+");

    private IdentificationElecteur() {
    }

    /** How a person is designated: by NNE (then the names may be null), or by birth name, given names, birth date. */
    public record Designation(String nne, String nomNaissance, String prenoms, LocalDate dateNaissance) {

        public static Designation parNne(String nne, LocalDate dateNaissance) {
            return new Designation(nne, null, null, dateNaissance);
        }

        public static Designation parEtatCivil(String nomNaissance, String prenoms, LocalDate dateNaissance) {
            return new Designation(null, nomNaissance, prenoms, dateNaissance);
        }

        public boolean parNne() {
            return nne != null && !nne.isBlank();
        }
    }

    /** Which match identified the elector, as the agent reads it. */
    public enum Correspondance {
        NNE("par son numéro national d'électeur et sa date de naissance"),
        ETAT_CIVIL("par son nom de naissance, tous ses prénoms et sa date de naissance"),
        PRENOMS_PARTIELS("par son nom de naissance, sa date de naissance et des prénoms incomplets, seul électeur "
                + "de la liste à y correspondre");

        private final String libelle;

        Correspondance(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** The answer: one elector, none, an NNE whose birth date differs, or several people. */
    public sealed interface Resultat {

        /** {@code electeur}: the entry found (the first one, if the person is on several lists). */
        record Identifie(Electeur electeur, Correspondance correspondance) implements Resultat {

            /** "par … (NNE 123456789, prénoms sur la liste : Marie Anne)": what the agent checks. */
            public String explication() {
                return correspondance.libelle() + " (NNE " + electeur.nne() + ", prénoms sur la liste : "
                        + electeur.prenoms() + ")";
            }
        }

        record NonTrouve() implements Resultat {
        }

        /** The NNE exists but with another birth date. */
        record NaissanceDiscordante() implements Resultat {
        }

        /** {@code personnes}: how many different electors (NNE) fit the designation. */
        record Ambigu(int personnes) implements Resultat {
        }

        default boolean identifie() {
            return this instanceof Identifie;
        }
    }

    /** Identifies {@code d} among {@code candidats} (entries of one or more lists; any may not fit). */
    public static Resultat identifier(Designation d, List<Electeur> candidats) {
        if (d.parNne()) {
            var memeNumero = candidats.stream().filter(e -> e.nne().equals(d.nne().strip())).toList();
            if (memeNumero.isEmpty()) {
                return new Resultat.NonTrouve();
            }
            return memeNumero.stream().filter(e -> e.dateNaissance().equals(d.dateNaissance())).findFirst()
                    .<Resultat>map(e -> new Resultat.Identifie(e, Correspondance.NNE))
                    .orElseGet(Resultat.NaissanceDiscordante::new);
        }
        var parPersonne = new LinkedHashMap<String, Electeur>();
        for (Electeur e : candidats) {
            if (memeNom(d.nomNaissance(), e.nomNaissance()) && Objects.equals(d.dateNaissance(), e.dateNaissance())
                    && prenomsCompatibles(d.prenoms(), e.prenoms())) {
                parPersonne.putIfAbsent(e.nne(), e);
            }
        }
        if (parPersonne.isEmpty()) {
            return new Resultat.NonTrouve();
        }
        if (parPersonne.size() > 1) {
            return new Resultat.Ambigu(parPersonne.size());
        }
        Electeur seul = parPersonne.values().iterator().next();
        return new Resultat.Identifie(seul, memesPrenoms(d.prenoms(), seul.prenoms()) ? Correspondance.ETAT_CIVIL
                : Correspondance.PRENOMS_PARTIELS);
    }

    /**
     * Whether two civil-status designations may be one person (same birth name and date, compatible given names),
     * when no list says who either is: the ceiling then cannot pass.
     */
    public static boolean peutEtreLaMemePersonne(Designation a, Designation b) {
        return !a.parNne() && !b.parNne() && memeNom(a.nomNaissance(), b.nomNaissance())
                && Objects.equals(a.dateNaissance(), b.dateNaissance()) && prenomsCompatibles(a.prenoms(), b.prenoms());
    }

    /** The birth name as compared (and as the index of the lists holds it). */
    public static String nomCompare(String nomNaissance) {
        return EtatCivil.normaliser(nomNaissance);
    }

    static boolean memeNom(String a, String b) {
        String na = EtatCivil.normaliser(a);
        return !na.isEmpty() && na.equals(EtatCivil.normaliser(b));
    }

    static boolean memesPrenoms(String a, String b) {
        String na = EtatCivil.normaliser(a);
        return !na.isEmpty() && na.equals(EtatCivil.normaliser(b));
    }

    /**
     * All given names equal, or the shorter list is the start of the longer one, cut between two whole given names
     * of the longer (« Jean » fits « Jean Pierre » but not « Jean-Pierre »).
     */
    static boolean prenomsCompatibles(String a, String b) {
        if (memesPrenoms(a, b)) {
            return true;
        }
        List<String> ma = mots(a);
        List<String> mb = mots(b);
        if (ma.isEmpty() || mb.isEmpty()) {
            return false;
        }
        boolean aPlusCourt = ma.size() < mb.size();
        List<String> court = aPlusCourt ? ma : mb;
        List<String> longs = aPlusCourt ? mb : ma;
        String prenomsLongs = aPlusCourt ? b : a;
        return longs.subList(0, court.size()).equals(court) && coupures(prenomsLongs).contains(court.size());
    }

    /** The normalised words of the given names, in order. */
    private static List<String> mots(String prenoms) {
        String n = EtatCivil.normaliser(prenoms);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** After how many words a whole given name ends ("Jean-Pierre Marie": after 2 and 3). */
    private static List<Integer> coupures(String prenoms) {
        var fins = new ArrayList<Integer>();
        int total = 0;
        for (String prenom : ENTRE_PRENOMS.split(prenoms == null ? "" : prenoms.strip())) {
            int n = mots(prenom).size();
            if (n > 0) {
                total += n;
                fins.add(total);
            }
        }
        return fins;
    }
}
