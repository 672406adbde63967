/**
 * Exchanges with the communes connected in sFTP mode: each new télédossier pushed to the commune's server
 * (outbox, retries with backoff, host key checked), the flux retour read from its return folder (XML files that
 * change a dossier's state or deposit a document for the citizen), and the platform administrator's screen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échanges sFTP")
package fr.demarches.echange;
