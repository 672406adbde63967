package fr.demarches.teledossier.elements;

/**
 * Who filled in an RCO request for the young person: code du service national, art. R*111-1, "Lorsqu'ils ne peuvent
 * effectuer personnellement cette démarche, elle peut l'être par leur représentant légal". Absent (null) when the
 * young person made it.
 */
public record Declarant(Qualite qualite, String nom, String prenoms) {

    public enum Qualite {
        PERE("Père", "son père"), MERE("Mère", "sa mère"), REPRESENTANT_LEGAL("Représentant légal", "son représentant légal");

        private final String libelle;
        private final String designation;

        Qualite(String libelle, String designation) {
            this.libelle = libelle;
            this.designation = designation;
        }

        public String libelle() {
            return libelle;
        }

        /** As a sentence names the declarant after their name: "Łucja Wróbel, sa mère". */
        public String designation() {
            return designation;
        }
    }

    /** "Mère : Anne Durand". */
    public String libelle() {
        return qualite.libelle() + " : " + Textes.joindre(" ", prenoms, nom);
    }
}
