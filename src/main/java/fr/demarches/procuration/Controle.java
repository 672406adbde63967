package fr.demarches.procuration;

/** One automated check of a procuration, with its reason in French. */
public record Controle(String libelle, Statut statut, String raison) {

    public enum Statut {
        REUSSI("Réussi"), ECHEC("Échec"), INCONNU("Inconnu");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
