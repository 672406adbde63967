package fr.demarches.procuration;

import static fr.demarches.shared.Dates.JOUR;

/** What the procuration covers. */
public enum Portee {
    UN_TOUR("Un tour de scrutin"),
    DEUX_TOURS("Les deux tours d'un scrutin"),
    PERIODE("Une période d'un an au plus");

    private final String libelle;

    Portee(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** "Le tour du 12/06/2027", "Les deux tours des 12/06/2027 et 19/06/2027", "Du 01/01/2027 au 31/12/2027". */
    public String dates(java.time.LocalDate debut, java.time.LocalDate fin) {
        return switch (this) {
            case UN_TOUR -> "Le tour du " + JOUR.format(debut);
            case DEUX_TOURS -> "Les deux tours des " + JOUR.format(debut) + " et " + JOUR.format(fin);
            case PERIODE -> "Du " + JOUR.format(debut) + " au " + JOUR.format(fin);
        };
    }
}
