package fr.demarches.portail;

import fr.demarches.compte.Espace;

/** The four portals: URL prefix, the name shown in the header, and the accounts that may enter. */
public enum Portail {
    USAGER("", "Démarches en ligne", "Vos démarches électorales et citoyennes en ligne", Espace.USAGER),
    GS("/gs", "Gestionnaire de Suivi", "Le suivi des télédossiers de votre commune", Espace.MAIRIE),
    POLICE("/police", "Portail des autorités habilitées", "Validation des procurations de vote", Espace.POLICE),
    ADMIN("/admin", "Administration", "Administration de Démarches en ligne", Espace.ADMINISTRATION);

    private final String prefixe;
    private final String nom;
    private final String devise;
    private final Espace espace;

    Portail(String prefixe, String nom, String devise, Espace espace) {
        this.prefixe = prefixe;
        this.nom = nom;
        this.devise = devise;
        this.espace = espace;
    }

    /** A path inside the portal: {@code GS.url("/connexion")} is {@code /gs/connexion}. */
    public String url(String chemin) {
        return prefixe + chemin;
    }

    public String accueil() {
        return prefixe.isEmpty() ? "/" : prefixe;
    }

    public String getNom() {
        return nom;
    }

    public String getDevise() {
        return devise;
    }

    public String getCle() {
        return name().toLowerCase();
    }

    public Espace espace() {
        return espace;
    }

    /** The portal a request path belongs to. */
    public static Portail de(String chemin) {
        for (Portail p : new Portail[] {GS, POLICE, ADMIN}) {
            if (chemin.equals(p.prefixe) || chemin.startsWith(p.prefixe + "/")) {
                return p;
            }
        }
        return USAGER;
    }
}
