/**
 * The statistics board: télédossiers and procurations of every commune for the platform administrator, of their own
 * commune for a commune administrator. A web-only module, since the board reads several modules
 * ({@code teledossier}, {@code procuration}, {@code commune}) and none of them should depend on the others for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistiques")
package fr.demarches.statistique;
