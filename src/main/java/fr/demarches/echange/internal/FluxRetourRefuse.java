package fr.demarches.echange.internal;

import fr.demarches.shared.Refus;

/** A flux retour file that cannot be applied, with the French reason written next to it in {@code erreurs/}. */
class FluxRetourRefuse extends Refus {

    FluxRetourRefuse(String motif) {
        super(motif);
    }
}
