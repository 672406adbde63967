package fr.demarches.portail.demarrage;

/** PostgreSQL could not be reached at start-up; reported by {@link BaseDeDonneesInjoignableAnalyzer}. */
public class BaseDeDonneesInjoignableException extends RuntimeException {

    private final String cible;

    BaseDeDonneesInjoignableException(String cible, Throwable cause) {
        super("PostgreSQL injoignable : " + cible, cause);
        this.cible = cible;
    }

    String cible() {
        return cible;
    }
}
