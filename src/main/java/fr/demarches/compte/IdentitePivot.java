package fr.demarches.compte;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The identity an OpenID provider certifies (FranceConnect's "identité pivot"), as the profile stores it.
 * {@code sexe} is "F" or "M"; born in France, {@code lieuNaissanceInsee} is the commune's INSEE code and
 * {@code paysNaissanceInsee} is 99100; born abroad, the place is empty and the country is its INSEE code.
 */
public record IdentitePivot(String fournisseur, String sujet, String prenoms, String nomNaissance, String nomUsage,
        LocalDate dateNaissance, String sexe, String lieuNaissanceInsee, String paysNaissanceInsee, String courriel)
        implements java.io.Serializable {

    /** INSEE code of France among the countries (COG), FranceConnect's {@code birthcountry} for people born in France. */
    public static final String FRANCE = "99100";

    public boolean neEnFrance() {
        return FRANCE.equals(paysNaissanceInsee) && lieuNaissanceInsee != null && !lieuNaissanceInsee.isBlank();
    }

    /**
     * From FranceConnect's claims (ID token and userinfo merged): {@code given_name}, {@code family_name},
     * {@code preferred_username}, {@code birthdate} (YYYY-MM-DD), {@code gender} (female/male), {@code birthplace},
     * {@code birthcountry}, {@code email}. A missing or malformed mandatory claim is refused: no account is made
     * from half an identity.
     */
    public static IdentitePivot deFranceConnect(String fournisseur, String sujet, Map<String, Object> claims) {
        String prenoms = texte(claims, "given_name");
        String nom = texte(claims, "family_name");
        String naissance = texte(claims, "birthdate");
        String genre = texte(claims, "gender");
        if (sujet == null || sujet.isBlank() || prenoms == null || nom == null || naissance == null || genre == null) {
            throw new RefusCompte("L'identité transmise par FranceConnect est incomplète.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(naissance);
        } catch (DateTimeParseException e) {
            throw new RefusCompte("La date de naissance transmise par FranceConnect est illisible.");
        }
        String sexe = switch (genre) {
            case "female" -> "F";
            case "male" -> "M";
            default -> throw new RefusCompte("Le sexe transmis par FranceConnect est illisible.");
        };
        return new IdentitePivot(fournisseur, sujet, prenoms, nom, texte(claims, "preferred_username"), date, sexe,
                texte(claims, "birthplace"), texte(claims, "birthcountry"), texte(claims, "email"));
    }

    private static String texte(Map<String, Object> claims, String nom) {
        Object valeur = claims.get(nom);
        if (valeur == null) {
            return null;
        }
        String texte = valeur.toString().strip();
        return texte.isEmpty() ? null : texte;
    }
}
