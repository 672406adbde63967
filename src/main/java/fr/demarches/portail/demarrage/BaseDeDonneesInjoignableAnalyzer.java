package fr.demarches.portail.demarrage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into Spring Boot's short start-up failure report, without a stack trace. */
public class BaseDeDonneesInjoignableAnalyzer extends AbstractFailureAnalyzer<BaseDeDonneesInjoignableException> {

    @Override
    protected FailureAnalysis analyze(Throwable racine, BaseDeDonneesInjoignableException cause) {
        String raison = cause.getCause() == null ? "" : " : " + cause.getCause().getMessage();
        return new FailureAnalysis(
                "Impossible de joindre PostgreSQL sur " + cause.cible() + raison,
                "Démarrez PostgreSQL (« docker compose up -d » dans le dossier du projet), ou indiquez votre base avec "
                        + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME et SPRING_DATASOURCE_PASSWORD.",
                cause);
    }
}
