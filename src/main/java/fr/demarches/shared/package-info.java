/**
 * Shared kernel: the clock, scheduling locks and the few value types every module uses.
 * Nothing here knows about a feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Socle partagé")
package fr.demarches.shared;
