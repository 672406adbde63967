package fr.demarches.shared;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's errors as the templates show them: field → one French message, in the order of the form record's
 * fields (the error summary lists them top to bottom). Templates read values from the record itself, so
 * Thymeleaf's binding helpers, which expect JavaBean getters, are not needed for records.
 */
public final class ErreursFormulaire {

    private static final String TYPE_INVALIDE = "La valeur saisie n'est pas valide.";

    private ErreursFormulaire() {
    }

    public static Map<String, String> de(BindingResult resultat, Class<? extends Record> formulaire) {
        List<String> ordre = Arrays.stream(formulaire.getRecordComponents()).map(RecordComponent::getName).toList();
        var erreurs = new LinkedHashMap<String, String>();
        resultat.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(e -> {
                    int i = ordre.indexOf(e.getField());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }))
                .forEach(e -> erreurs.putIfAbsent(e.getField(), message(e)));
        return erreurs;
    }

    /** Adds the errors of other checks after those of the annotations, keeping the first message of a field. */
    public static Map<String, String> avec(Map<String, String> erreurs, Map<String, String> autres,
            Class<? extends Record> formulaire) {
        var toutes = new LinkedHashMap<String, String>(erreurs);
        autres.forEach(toutes::putIfAbsent);
        List<String> ordre = Arrays.stream(formulaire.getRecordComponents()).map(RecordComponent::getName).toList();
        var triees = new LinkedHashMap<String, String>();
        toutes.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> {
                    int i = ordre.indexOf(e.getKey());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }))
                .forEach(e -> triees.put(e.getKey(), e.getValue()));
        return triees;
    }

    private static String message(FieldError erreur) {
        return erreur.isBindingFailure() ? TYPE_INVALIDE : erreur.getDefaultMessage();
    }
}
