package fr.demarches.teledossier.elements;

import java.time.LocalDate;
import java.util.Set;

/**
 * An ILE request. {@code listes}: the general list for a French national, one or both complementary lists for
 * an EU citizen. {@code attache}: the link with the commune that the proof shows. {@code inscriptionTardive}: the
 * Code électoral L30 ground of a request sent after the usual deadline and by the L30 one, null otherwise.
 * {@code identiteCertifiee}: how the identity was attested, null after a password sign-in.
 */
public record DonneesIle(Set<Liste> listes, Sexe sexe, String nomNaissance, String nomUsage, String prenoms,
        LocalDate dateNaissance, LieuNaissance lieuNaissance, String nationalite, String nationaliteLibelle,
        Adresse adresse, Attache attache, String codeInseeInscription, String communeInscription, String courriel,
        String telephone, InscriptionTardive inscriptionTardive, IdentiteCertifiee identiteCertifiee)
        implements DonneesDemande {

    /** The same request carrying its L30 ground (null: none). */
    public DonneesIle avec(InscriptionTardive tardive) {
        return new DonneesIle(listes, sexe, nomNaissance, nomUsage, prenoms, dateNaissance, lieuNaissance, nationalite,
                nationaliteLibelle, adresse, attache, codeInseeInscription, communeInscription, courriel, telephone,
                tardive, identiteCertifiee);
    }

    @Override
    public DonneesIle avec(IdentiteCertifiee certifiee) {
        return new DonneesIle(listes, sexe, nomNaissance, nomUsage, prenoms, dateNaissance, lieuNaissance, nationalite,
                nationaliteLibelle, adresse, attache, codeInseeInscription, communeInscription, courriel, telephone,
                inscriptionTardive, certifiee);
    }

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

    /**
     * The grounds of Code électoral L30 for a request « entre le sixième vendredi précédant le scrutin et le
     * dixième jour précédant ce scrutin », with their paragraph.
     */
    public enum CasParticulier {
        MUTATION_RETRAITE("1°", "Fonctionnaire ou agent public muté ou admis à la retraite après la date limite, ou membre de son foyer"),
        RETOUR_VIE_CIVILE("2°", "Militaire rendu à la vie civile après la date limite"),
        DEMENAGEMENT_PROFESSIONNEL("2° bis", "Changement de domicile pour un motif professionnel après la date limite, ou membre du foyer"),
        MAJORITE("3°", "18 ans atteints après la date limite"),
        NATURALISATION("4°", "Nationalité française acquise après la date limite"),
        DROITS_RECOUVRES("5°", "Droit de vote recouvré par une décision de justice après la date limite");

        private final String alinea;
        private final String libelle;

        CasParticulier(String alinea, String libelle) {
            this.alinea = alinea;
            this.libelle = libelle;
        }

        public String alinea() {
            return alinea;
        }

        public String libelle() {
            return libelle;
        }

        /** "article L30, 3°", as the CERFA, the XML and the agent's pages cite it. */
        public String article() {
            return "article L30, " + alinea + ", du code électoral";
        }
    }

    /** A request admitted for {@code scrutin} on an L30 ground, sent by {@code dateLimite} (its L30 deadline). */
    public record InscriptionTardive(CasParticulier motif, String scrutin, LocalDate premierTour, LocalDate dateLimite) {
    }
}
