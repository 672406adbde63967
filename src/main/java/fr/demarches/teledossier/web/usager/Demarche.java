package fr.demarches.teledossier.web.usager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.demarches.commune.Procedure;

/**
 * What a procedure declares to the step machinery ({@link DemandeEnEtapes}): its URL ({@code /demarches/<chemin>}),
 * its page title and heading, and its own steps in order (the pieces and the review follow).
 */
public record Demarche(Procedure procedure, String chemin, String titre, String intitule, List<Etape> etapes) {

    public Demarche {
        var toutes = new ArrayList<>(etapes);
        toutes.add(Etape.PIECES);
        toutes.add(Etape.RECAPITULATIF);
        etapes = List.copyOf(toutes);
    }

    /** One of this procedure's steps, by the last part of its URL. */
    Optional<Etape> etape(String chemin) {
        return etapes.stream().filter(e -> e.chemin().equals(chemin)).findFirst();
    }

    EtapeCourante position(Etape etape) {
        return new EtapeCourante(this, etape);
    }

    EtapeCourante premiere() {
        return position(etapes.getFirst());
    }

    /** A step within its procedure, as the stepper, the buttons and the review's links show it. */
    public record EtapeCourante(Demarche demarche, Etape etape) {

        public String titre() {
            return etape.titre();
        }

        public int numero() {
            return demarche.etapes().indexOf(etape) + 1;
        }

        public int total() {
            return demarche.etapes().size();
        }

        public String url() {
            return "/demarches/" + demarche.chemin() + "/" + etape.chemin();
        }

        /** The next step, or null for the last one. */
        public EtapeCourante suivante() {
            return numero() < total() ? demarche.position(demarche.etapes().get(numero())) : null;
        }

        public EtapeCourante precedente() {
            return numero() > 1 ? demarche.position(demarche.etapes().get(numero() - 2)) : null;
        }
    }
}
