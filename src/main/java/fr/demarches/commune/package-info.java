/**
 * The communes: the official geographic code (INSEE code, name, postal codes) imported at start-up,
 * the look-up by postal code used by every form, and each commune's connection to the service
 * (raccordement: mode, functional mailbox, procedures open, effective date).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communes")
package fr.demarches.commune;
