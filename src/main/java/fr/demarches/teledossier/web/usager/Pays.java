package fr.demarches.teledossier.web.usager;

import java.text.Collator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Countries by ISO 3166 alpha-3 code (as the State's files want them) with their French names, from the JDK. */
final class Pays {

    /** Birth countries abroad, by French name. */
    static final Map<String, String> ETRANGERS;

    /** The other member states of the European Union, with the nationality as the forms write it. */
    static final Map<String, String> NATIONALITES_UE = Map.ofEntries(Map.entry("DEU", "Allemande"),
            Map.entry("AUT", "Autrichienne"), Map.entry("BEL", "Belge"), Map.entry("BGR", "Bulgare"),
            Map.entry("CYP", "Chypriote"), Map.entry("HRV", "Croate"), Map.entry("DNK", "Danoise"),
            Map.entry("ESP", "Espagnole"), Map.entry("EST", "Estonienne"), Map.entry("FIN", "Finlandaise"),
            Map.entry("GRC", "Grecque"), Map.entry("HUN", "Hongroise"), Map.entry("IRL", "Irlandaise"),
            Map.entry("ITA", "Italienne"), Map.entry("LVA", "Lettone"), Map.entry("LTU", "Lituanienne"),
            Map.entry("LUX", "Luxembourgeoise"), Map.entry("MLT", "Maltaise"), Map.entry("NLD", "Néerlandaise"),
            Map.entry("POL", "Polonaise"), Map.entry("PRT", "Portugaise"), Map.entry("CZE", "Tchèque"),
            Map.entry("ROU", "Roumaine"), Map.entry("SVK", "Slovaque"), Map.entry("SVN", "Slovène"),
            Map.entry("SWE", "Suédoise"));

    static {
        var collator = Collator.getInstance(Locale.FRENCH);
        var pays = new LinkedHashMap<String, String>();
        Arrays.stream(Locale.getISOCountries())
                .map(a2 -> Locale.of("", a2))
                .filter(l -> !"FR".equals(l.getCountry()))
                .sorted((a, b) -> collator.compare(a.getDisplayCountry(Locale.FRENCH), b.getDisplayCountry(Locale.FRENCH)))
                .forEach(l -> pays.put(l.getISO3Country(), l.getDisplayCountry(Locale.FRENCH)));
        ETRANGERS = java.util.Collections.unmodifiableMap(pays);
    }

    private Pays() {
    }

    static Optional<String> nom(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : ETRANGERS.get(alpha3));
    }

    /** The code of a country typed as a name (the profile keeps names), when it is exactly one of ours. */
    static String codeDe(String nom) {
        if (nom == null) {
            return null;
        }
        return ETRANGERS.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(nom.strip()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** EU nationalities sorted by country name, for a select. */
    static Map<String, String> nationalitesUe() {
        var tri = new LinkedHashMap<String, String>();
        NATIONALITES_UE.keySet().stream().sorted((a, b) -> Collator.getInstance(Locale.FRENCH)
                .compare(ETRANGERS.get(a), ETRANGERS.get(b)))
                .forEach(code -> tri.put(code, ETRANGERS.get(code) + " (" + NATIONALITES_UE.get(code).toLowerCase(Locale.FRENCH) + ")"));
        return tri;
    }
}
