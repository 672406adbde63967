package fr.demarches.commune;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import fr.demarches.commune.internal.Commune;
import fr.demarches.commune.internal.CommuneRepository;

import org.springframework.stereotype.Service;

/**
 * Read access to the official list of communes. A form step or a page asks for the same few communes again and
 * again (a submission checks its three communes once more): answers are kept in memory for a minute. The list
 * changes only by a migration or a postal-code correction; a correction is seen at once on the instance that makes
 * it, within a minute on the others.
 */
@Service
public class Referentiel {

    static final Duration MEMOIRE = Duration.ofMinutes(1);

    private final CommuneRepository communes;
    private final Map<String, Memoire<List<CommuneResume>>> parCodePostal = new ConcurrentHashMap<>();
    private final Map<String, Memoire<Optional<CommuneResume>>> parCodeInsee = new ConcurrentHashMap<>();

    Referentiel(CommuneRepository communes) {
        this.communes = communes;
    }

    /** The communes a postal code serves, by name; empty when the code is malformed or unknown. */
    public List<CommuneResume> parCodePostal(String codePostal) {
        String code = codePostal == null ? "" : codePostal.strip();
        if (!code.matches("\\d{5}")) {
            return List.of();
        }
        return lire(parCodePostal, code, () -> communes.findByCodePostal(code).stream().map(Commune::resume).toList());
    }

    /**
     * The commune chosen for a postal code: the one chosen if the code serves it, else the only commune the code
     * serves (a form sent without searching the list needs no list then); null when there is a choice to make.
     */
    public String communeChoisie(String codePostal, String codeInseeChoisi) {
        var servies = parCodePostal(codePostal);
        if (servies.stream().anyMatch(c -> c.codeInsee().equals(codeInseeChoisi))) {
            return codeInseeChoisi;
        }
        return servies.size() == 1 ? servies.getFirst().codeInsee() : null;
    }

    public Optional<CommuneResume> parCodeInsee(String codeInsee) {
        return codeInsee == null ? Optional.empty()
                : lire(parCodeInsee, codeInsee, () -> communes.findByCodeInseeIn(Set.of(codeInsee)).stream()
                        .findFirst().map(Commune::resume));
    }

    /** Several communes in one query (a page listing many of them), by INSEE code; unknown codes are absent. */
    public Map<String, CommuneResume> parCodesInsee(Collection<String> codesInsee) {
        if (codesInsee.isEmpty()) {
            return Map.of();
        }
        var resultat = new HashMap<String, CommuneResume>();
        communes.findByCodeInseeIn(Set.copyOf(codesInsee)).forEach(c -> resultat.put(c.getCodeInsee(), c.resume()));
        return resultat;
    }

    public long nombre() {
        return communes.count();
    }

    /** After a change of the referential (a correction on this instance, a test's direct writes): the next reads see it. */
    public void oublier() {
        parCodePostal.clear();
        parCodeInsee.clear();
    }

    private static <T> T lire(Map<String, Memoire<T>> memoire, String cle, Supplier<T> chargement) {
        long maintenant = System.nanoTime();
        var connue = memoire.get(cle);
        if (connue != null && maintenant - connue.lueA() < MEMOIRE.toNanos()) {
            return connue.valeur();
        }
        T valeur = chargement.get();
        memoire.put(cle, new Memoire<>(valeur, maintenant));
        return valeur;
    }

    private record Memoire<T>(T valeur, long lueA) {
    }
}
