package fr.demarches.teledossier.elements;

import java.time.LocalDate;
import java.util.Set;

/**
 * An ILE request. {@code listes}: the general list for a French national, one or both complementary lists for
 * an EU citizen. {@code attache}: the link with the commune that the proof shows.
 */
public record DonneesIle(Set<Liste> listes, Sexe sexe, String nomNaissance, String nomUsage, String prenoms,
        LocalDate dateNaissance, LieuNaissance lieuNaissance, String nationalite, String nationaliteLibelle,
        Adresse adresse, Attache attache, String codeInseeInscription, String communeInscription, String courriel,
        String telephone) implements DonneesDemande {

    @Override
    public String communeDestinataire() {
        return codeInseeInscription;
    }

    public enum Liste {
        GENERALE("Liste électorale générale", "12669*03"),
        COMPLEMENTAIRE_MUNICIPALE("Liste complémentaire pour les élections municipales", "12670*03"),
        COMPLEMENTAIRE_EUROPEENNE("Liste complémentaire pour les élections européennes", "12671*03");

        private final String libelle;
        private final String cerfa;

        Liste(String libelle, String cerfa) {
            this.libelle = libelle;
            this.cerfa = cerfa;
        }

        public String libelle() {
            return libelle;
        }

        public String cerfa() {
            return cerfa;
        }
    }

    public enum Attache {
        DOMICILE("Domicile ou résidence dans la commune"),
        CONTRIBUABLE("Contribuable dans la commune depuis au moins deux ans"),
        PARENTS_MOINS_26_ANS("Moins de 26 ans, domicile des parents dans la commune"),
        GERANT_SOCIETE("Gérant ou associé majoritaire d'une société contribuable dans la commune depuis au moins deux ans"),
        FONCTIONNAIRE("Fonctionnaire public assujetti à résidence dans la commune");

        private final String libelle;

        Attache(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
