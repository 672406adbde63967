package fr.demarches.teledossier.internal;

import java.util.EnumMap;
import java.util.Map;

import fr.demarches.commune.Procedure;
import fr.demarches.shared.Mesures;
import fr.demarches.teledossier.TeledossierDepose;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The télédossiers' meters: {@code demarches_teledossiers_deposes_total{procedure="ILE"|"RCO"}}, counted when the
 * submission commits (a replayed form, answered with the first number, publishes nothing and counts nothing), and
 * the nightly purges' counts ({@code demarches_purges_total{objet="elements-teledossiers"|"brouillons"}}).
 */
@Component
class MesuresTeledossiers {

    private final Map<Procedure, Counter> deposes = new EnumMap<>(Procedure.class);
    private final Counter elementsPurges;
    private final Counter brouillonsPurges;

    MesuresTeledossiers(MeterRegistry registre) {
        for (Procedure procedure : new Procedure[] {Procedure.ILE, Procedure.RCO}) {
            deposes.put(procedure, Counter.builder("demarches.teledossiers.deposes").tag("procedure", procedure.name())
                    .description("Télédossiers déposés, par démarche").register(registre));
        }
        elementsPurges = Mesures.purges(registre, "elements-teledossiers");
        brouillonsPurges = Mesures.purges(registre, "brouillons");
    }

    @EventListener
    void depose(TeledossierDepose depot) {
        var compteur = deposes.get(depot.procedure());
        if (compteur != null) {
            Mesures.apresValidation(compteur::increment);
        }
    }

    void elementsPurges(int nombre) {
        elementsPurges.increment(nombre);
    }

    void brouillonsPurges(int nombre) {
        brouillonsPurges.increment(nombre);
    }
}
