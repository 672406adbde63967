package fr.demarches.compte;

import java.util.List;

/** The kinds of account, the portal each one enters and the roles it holds there. */
public enum TypeCompte {
    USAGER(Espace.USAGER, "USAGER"),
    AGENT_COMMUNE(Espace.MAIRIE, "AGENT"),
    ADMIN_COMMUNE(Espace.MAIRIE, "AGENT", "ADMIN_COMMUNE"),
    OFFICIER(Espace.POLICE, "OFFICIER"),
    ADMIN_PLATEFORME(Espace.ADMINISTRATION, "ADMIN");

    private final Espace espace;
    private final List<String> roles;

    TypeCompte(Espace espace, String... roles) {
        this.espace = espace;
        this.roles = List.of(roles);
    }

    public Espace espace() {
        return espace;
    }

    public List<String> roles() {
        return roles;
    }
}
