package fr.demarches.portail.securite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling: {@code echecsParCompte} failures on one identifier, or {@code echecsParIp} from one address,
 * within {@code fenetre} block further attempts for {@code blocage}.
 */
@ConfigurationProperties("app.connexion")
record ReglesConnexion(int echecsParCompte, int echecsParIp, Duration fenetre, Duration blocage) {
}
