/**
 * The four portals as the web sees them: one security filter chain, login page, layout and home page each,
 * the error pages, the legal pages, and the start-up checks (database reachable).
 * A portal is a URL prefix and a look, not a domain module: features put their own controllers under it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portails")
package fr.demarches.portail;
