package fr.demarches.teledossier.elements;

/**
 * Where someone was born: a French commune (INSEE code, postal code, name, département) or a place abroad (city
 * and country).
 * {@code pays} is the ISO 3166 alpha-3 code ("FRA" for France), as in the State's files.
 */
public record LieuNaissance(String codeInsee, String codePostal, String commune, String departement, String pays,
        String paysLibelle) {

    public static LieuNaissance enFrance(String codeInsee, String codePostal, String commune, String departement) {
        return new LieuNaissance(codeInsee, codePostal, commune, departement, "FRA", "France");
    }

    public static LieuNaissance aLEtranger(String ville, String pays, String paysLibelle) {
        return new LieuNaissance(null, null, ville, null, pays, paysLibelle);
    }

    public boolean enFrance() {
        return "FRA".equals(pays);
    }
}
