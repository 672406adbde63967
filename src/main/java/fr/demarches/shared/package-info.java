/**
 * Shared kernel: what knows no feature. The clock (Paris time) and the scheduling locks, working days and public
 * holidays, the encryption of the few secrets read back, {@link fr.demarches.shared.Refus} (the base of every
 * module's typed refusals), and {@link fr.demarches.shared.ErreursFormulaire} (a form's errors by field): that web
 * helper would belong with the portals, but {@code commune} and {@code compte}, which the portals' module depends on,
 * need it for their own screens, so it stays below them all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Socle partagé")
package fr.demarches.shared;
