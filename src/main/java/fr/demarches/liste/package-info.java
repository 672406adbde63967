/**
 * The communes' electoral lists: the CSV import by the commune administrator (all or nothing, a re-import
 * replaces the list) and the look-ups the automated checks of procurations need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Listes électorales")
package fr.demarches.liste;
