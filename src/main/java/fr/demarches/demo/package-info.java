/**
 * Demonstration data, only under the {@code demo} profile: Nanterre connected with its administrator and an
 * agent, a police unit with an officer, and a citizen. The passwords are in the README.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Données de démonstration")
package fr.demarches.demo;
