/**
 * Télédossiers (ILE and RCO requests sent to a mairie): their number, their six states and the allowed
 * transitions, their history, the retention of their elements, and the events that notify the citizen and the
 * commune's mailbox. The module owns its screens for both portals: the citizen's request forms and dashboard
 * ({@code web.usager}) and the Gestionnaire de Suivi's ({@code web}). Its rules are pure functions in
 * {@code regles}; its refusals are the sealed {@link fr.demarches.teledossier.RefusTeledossier}. It reads the
 * calendar of elections from {@code scrutin} and the communes from {@code commune}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Télédossiers")
package fr.demarches.teledossier;
