package fr.demarches.portail;

/**
 * One link of a portal's main navigation. A module declares its entries as beans; the layout shows those of
 * the current portal that the signed-in account may open ({@code role} null: everyone, signed in or not;
 * "AUTHENTIFIE": any signed-in account of the portal; otherwise a role such as "ADMIN_COMMUNE").
 */
public record EntreeMenu(Portail portail, int ordre, String libelle, String url, String role) {

    public static final String AUTHENTIFIE = "AUTHENTIFIE";
}
