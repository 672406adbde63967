package fr.demarches.echange.internal;

/** A flux retour file that cannot be applied, with the French reason written next to it in {@code erreurs/}. */
class FluxRetourRefuse extends RuntimeException {

    FluxRetourRefuse(String motif) {
        super(motif);
    }
}
