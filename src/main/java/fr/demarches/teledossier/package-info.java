/**
 * Télédossiers (ILE and RCO requests sent to a mairie): their number, their six states and the allowed
 * transitions, their history, and the events that notify the citizen and the commune's mailbox.
 * Forms (citizen portal) and the mairie's screens (Gestionnaire de Suivi) build on this API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Télédossiers")
package fr.demarches.teledossier;
