package fr.demarches.teledossier.elements;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;

import fr.demarches.shared.Fuseau;

/** Realistic requests for the tests: accents, hyphens, a foreign birthplace, an unknown father. */
public final class Exemples {

    public static final java.time.Instant DEPOT = ZonedDateTime.of(2026, 3, 2, 9, 41, 7, 0, Fuseau.PARIS).toInstant();

    /** A FranceConnect sign-in at level eidas1, a few minutes before {@link #DEPOT}. */
    public static final IdentiteCertifiee FRANCECONNECT = new IdentiteCertifiee("franceconnect", "eidas1",
            DEPOT.minusSeconds(600), IdentiteCertifiee.Titulaire.DEMANDEUR);

    private Exemples() {
    }

    public static DonneesRco rco() {
        var domicile = new Adresse("25", "bis", "allée", "Camille Muffat", "Bâtiment B", null, "06200", "Nice", "06088");
        return new DonneesRco(Sexe.F, "Gérard-Lefèvre", null, "Éloïse Marie", LocalDate.of(2010, 1, 15),
                LieuNaissance.enFrance("30189", "30000", "Nîmes", "30"), DonneesRco.Nationalite.BINATIONALE, "Polonaise",
                domicile, null, DonneesRco.SituationMatrimoniale.CELIBATAIRE, 0, DonneesRco.Pupille.NON, 2,
                Parent.nonConnu(),
                new Parent(false, "Wróbel", "Łucja", LocalDate.of(1980, 5, 3),
                        LieuNaissance.aLEtranger("Kraków", "POL", "Pologne"), "Polonaise"),
                "eloise.gerard@exemple.fr", "0612345678", null, null, null);
    }

    /**
     * Jan Kowalski, born 15 January 2008, French since 10 February 2026, deposited on {@link #DEPOT} (2 March 2026,
     * in the month after); his mother made the request.
     */
    public static DonneesRco rcoApresNaturalisation() {
        return rcoApresNaturalisation(LocalDate.of(2008, 1, 15), LocalDate.of(2026, 2, 10));
    }

    public static DonneesRco rcoApresNaturalisation(LocalDate naissance, LocalDate acquisition) {
        var e = rco();
        return new DonneesRco(Sexe.M, "Kowalski", null, "Jan", naissance, e.lieuNaissance(),
                DonneesRco.Nationalite.FRANCAISE, null, e.domicile(), null, e.situationMatrimoniale(), 0, e.pupille(), 1,
                e.pere(), e.mere(), "lucja.wrobel@exemple.fr", null, acquisition,
                new Declarant(Declarant.Qualite.MERE, "Wróbel", "Łucja"), null);
    }

    public static DonneesIle ile() {
        var adresse = new Adresse("12", null, "rue", "des Écoles", null, null, "92000", "Nanterre", "92050");
        return new DonneesIle(EnumSet.of(DonneesIle.Liste.COMPLEMENTAIRE_MUNICIPALE, DonneesIle.Liste.COMPLEMENTAIRE_EUROPEENNE),
                Sexe.M, "Łukasiewicz", null, "Mikołaj Jan", LocalDate.of(1990, 7, 14),
                LieuNaissance.aLEtranger("Gdańsk", "POL", "Pologne"), "POL", "Polonaise", adresse,
                DonneesIle.Attache.DOMICILE, "92050", "Nanterre", "mikolaj@exemple.fr", null,
                new DonneesIle.InscriptionTardive(DonneesIle.CasParticulier.DEMENAGEMENT_PROFESSIONNEL,
                        "Élections municipales 2026", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 5)), null);
    }
}
