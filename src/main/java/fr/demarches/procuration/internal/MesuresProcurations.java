package fr.demarches.procuration.internal;

import java.util.HashMap;
import java.util.Map;

import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.EtatProcurationChange;
import fr.demarches.procuration.ProcurationDemandee;
import fr.demarches.shared.Mesures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The procurations' meters, fed by the module's own events once their transaction commits:
 * {@code demarches_procurations_total{parcours, etape}} counts each step by the path it belongs to — what the mandant
 * does online ({@code en-ligne}: the request, a cancellation request), what an officer establishes from the
 * reference ({@code reference-officier}: validated, refused, cancelled), the commune's decision ({@code commune}, by
 * an agent or automatic); {@code demarches_procurations_recherches_refusees_total} counts the officers' look-ups
 * refused by the limiter (officer's or unit's limit reached).
 */
@Component
public class MesuresProcurations {

    private static final String DEMANDEE = "DEMANDEE";
    private static final String RESILIATION_DEMANDEE = "RESILIATION_DEMANDEE";

    private final Map<String, Counter> etapes = new HashMap<>();
    private final Counter recherchesRefusees;

    MesuresProcurations(MeterRegistry registre) {
        for (String etape : new String[] {DEMANDEE, RESILIATION_DEMANDEE}) {
            etapes.put(etape, compteur(registre, "en-ligne", etape));
        }
        for (EtatProcuration etat : EtatProcuration.values()) {
            String parcours = parcours(etat);
            if (parcours != null) {
                etapes.put(etat.name(), compteur(registre, parcours, etat.name()));
            }
        }
        recherchesRefusees = Counter.builder("demarches.procurations.recherches.refusees")
                .description("Recherches de référence refusées par la limite de l'officier ou de son unité")
                .register(registre);
    }

    private static Counter compteur(MeterRegistry registre, String parcours, String etape) {
        return Counter.builder("demarches.procurations").tag("parcours", parcours).tag("etape", etape)
                .description("Étapes des procurations, par parcours").register(registre);
    }

    /** The path a state is reached by; none for the states no event announces (pending, expired). */
    private static String parcours(EtatProcuration etat) {
        return switch (etat) {
            case VALIDEE_AUTORITE, REFUSEE_AUTORITE, RESILIEE -> "reference-officier";
            case ACCEPTEE_COMMUNE, REFUSEE_COMMUNE -> "commune";
            case EN_ATTENTE_AUTORITE, EXPIREE -> null;
        };
    }

    @EventListener
    void demandee(ProcurationDemandee demande) {
        compter(demande.resiliation() ? RESILIATION_DEMANDEE : DEMANDEE);
    }

    @EventListener
    void etatChange(EtatProcurationChange changement) {
        if (changement.validationIncluse()) {
            compter(EtatProcuration.VALIDEE_AUTORITE.name());
        }
        compter(changement.etat().name());
    }

    private void compter(String etape) {
        var compteur = etapes.get(etape);
        if (compteur != null) {
            Mesures.apresValidation(compteur::increment);
        }
    }

    /** Called as the limiter refuses a look-up (no transaction around it). */
    public void rechercheRefusee() {
        recherchesRefusees.increment();
    }
}
