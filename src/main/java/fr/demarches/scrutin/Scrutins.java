package fr.demarches.scrutin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.Referentiel;
import fr.demarches.scrutin.internal.LectureScrutins;
import fr.demarches.scrutin.internal.Scrutin;
import fr.demarches.scrutin.internal.ScrutinRepository;
import fr.demarches.shared.Dates;
import fr.demarches.shared.LectureSimple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar of elections, maintained by the platform administrators and read by the procedures. */
@Service
@Transactional
public class Scrutins {

    private final ScrutinRepository scrutins;
    private final LectureScrutins lecture;
    private final Referentiel referentiel;
    private final JournalAudit journal;
    private final Clock horloge;

    Scrutins(ScrutinRepository scrutins, LectureScrutins lecture, Referentiel referentiel, JournalAudit journal,
            Clock horloge) {
        this.scrutins = scrutins;
        this.lecture = lecture;
        this.referentiel = referentiel;
        this.journal = journal;
        this.horloge = horloge;
    }

    /**
     * The elections concerning the commune whose last round is on or after {@code jour}, soonest first. Read once per
     * HTTP request: a request's checks (age, L30 window, warnings) each ask for them.
     */
    @LectureSimple
    public List<ScrutinVue> prochains(String codeInsee, LocalDate jour) {
        return fr.demarches.shared.MemoireRequete.memoriser("scrutins.prochains." + codeInsee + "." + jour,
                () -> lecture.prochains(codeInsee, jour));
    }

    /** The first election of the commune whose first round is on or after {@code jour}. */
    @LectureSimple
    public Optional<ScrutinVue> prochain(String codeInsee, LocalDate jour) {
        return prochain(codeInsee, jour, type -> true);
    }

    /** The same among the elections of the {@code types} given (those an applicant may vote at). */
    @LectureSimple
    public Optional<ScrutinVue> prochain(String codeInsee, LocalDate jour, java.util.function.Predicate<TypeScrutin> types) {
        return prochains(codeInsee, jour).stream()
                .filter(s -> !s.premierTour().isBefore(jour) && types.test(s.type())).findFirst();
    }

    /** The deadline that applies to an election: the override, or the computed one. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> dateLimiteInscription(UUID scrutinId) {
        return scrutin(scrutinId).map(ScrutinVue::dateLimiteInscription);
    }

    @LectureSimple
    public List<ScrutinVue> tous() {
        return lecture.tous();
    }

    @Transactional(readOnly = true)
    public Optional<ScrutinVue> scrutin(UUID id) {
        return scrutins.findById(id).map(Scrutins::vue);
    }

    /** French messages by field for what the annotations cannot check (dates, order, communes). */
    @Transactional(readOnly = true)
    public Map<String, String> verifier(FormulaireScrutin f) {
        var erreurs = new LinkedHashMap<String, String>();
        LocalDate premier = date(f.premierTour(), "premierTour", erreurs);
        LocalDate second = date(f.secondTour(), "secondTour", erreurs);
        LocalDate limite = date(f.dateLimiteInscription(), "dateLimiteInscription", erreurs);
        if (second != null && f.type() != null && !CalendrierElectoral.aUnSecondTour(f.type())) {
            erreurs.put("secondTour", f.type().libelle() + " : un seul tour, laissez le second tour vide.");
        } else if (premier != null && second != null && !second.isAfter(premier)) {
            erreurs.put("secondTour", "Le second tour doit avoir lieu après le premier.");
        } else if (premier != null && second != null
                && second.isAfter(premier.plusDays(CalendrierElectoral.ECART_MAXIMAL_DES_TOURS))) {
            erreurs.put("secondTour", "Le second tour a lieu le dimanche suivant le premier (le quatorzième jour pour "
                    + "l'élection présidentielle) : au plus " + CalendrierElectoral.ECART_MAXIMAL_DES_TOURS
                    + " jours après.");
        }
        if (premier != null && limite != null && !limite.isBefore(premier)) {
            erreurs.put("dateLimiteInscription", "La date limite d'inscription doit précéder le premier tour.");
        }
        if (FormulaireScrutin.LISTE.equals(f.portee())) {
            var codes = codes(f.communes());
            if (codes.isEmpty()) {
                erreurs.put("communes", "Indiquez au moins un code INSEE, ou choisissez « Toutes les communes ».");
            } else {
                var inconnus = codes.stream().filter(c -> referentiel.parCodeInsee(c).isEmpty()).toList();
                if (!inconnus.isEmpty()) {
                    erreurs.put("communes", "Codes INSEE inconnus : " + String.join(", ", inconnus) + ".");
                }
            }
        } else if (f.portee() != null && !FormulaireScrutin.TOUTES.equals(f.portee())) {
            erreurs.put("portee", "Indiquez les communes concernées.");
        }
        return erreurs;
    }

    /** Creates (id null) or changes an election from a form that passed {@link #verifier}. */
    public UUID enregistrer(UUID id, FormulaireScrutin f, Acteur acteur) {
        Scrutin scrutin = id == null ? new Scrutin(horloge.instant())
                : scrutins.findById(id).orElseThrow(Scrutins::disparu);
        scrutin.definir(f.nom().strip(), f.type(), Dates.lire(f.premierTour()), dateOuNull(f.secondTour()),
                dateOuNull(f.dateLimiteInscription()),
                FormulaireScrutin.LISTE.equals(f.portee()) ? codes(f.communes()) : null);
        scrutins.save(scrutin);
        // What the calendar rules read: both rounds, the registration deadline, the communes concerned.
        journal.enregistrer(acteur.entree(id == null ? "SCRUTIN_CREE" : "SCRUTIN_MODIFIE", "SCRUTIN",
                scrutin.getId().toString(), scrutin.getNom() + " (" + scrutin.getType() + "), premier tour le "
                        + scrutin.getPremierTour()
                        + (scrutin.getSecondTour() == null ? "" : ", second tour le " + scrutin.getSecondTour())
                        + (scrutin.getDateLimiteInscription() == null ? ""
                                : ", inscriptions jusqu'au " + scrutin.getDateLimiteInscription())
                        + (scrutin.isToutesCommunes() ? ", toutes les communes"
                                : ", communes " + String.join(" ", scrutin.getCommunes()))));
        return scrutin.getId();
    }

    public void supprimer(UUID id, Acteur acteur) {
        var scrutin = scrutins.findById(id).orElseThrow(Scrutins::disparu);
        scrutins.delete(scrutin);
        journal.enregistrer(acteur.entree("SCRUTIN_SUPPRIME", "SCRUTIN", id.toString(), scrutin.getNom()));
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    private static RefusScrutin disparu() {
        return new RefusScrutin("Ce scrutin n'existe plus : il vient d'être supprimé.");
    }

    private static List<String> codes(String saisie) {
        if (saisie == null) {
            return List.of();
        }
        var codes = new LinkedHashSet<String>();
        for (String c : saisie.toUpperCase().split("[\\s,;]+")) {
            if (!c.isBlank()) {
                codes.add(c);
            }
        }
        return new ArrayList<>(codes);
    }

    private static LocalDate date(String saisie, String champ, Map<String, String> erreurs) {
        if (saisie == null || saisie.isBlank()) {
            return null;
        }
        try {
            return Dates.lire(saisie);
        } catch (DateTimeParseException e) {
            erreurs.put(champ, "Saisissez une date valide, par exemple 11/04/2027.");
            return null;
        }
    }

    private static LocalDate dateOuNull(String saisie) {
        return saisie == null || saisie.isBlank() ? null : Dates.lire(saisie);
    }

    private static ScrutinVue vue(Scrutin s) {
        return ScrutinVue.de(s.getId(), s.getNom(), s.getType(), s.getPremierTour(), s.getSecondTour(),
                s.getDateLimiteInscription(), s.isToutesCommunes(), s.getCommunes());
    }
}
