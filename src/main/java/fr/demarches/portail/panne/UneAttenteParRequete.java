package fr.demarches.portail.panne;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Within one request, once the pool has given up waiting for a connection, the request's next attempts give up at
 * once: a page that queries again on its way out (its new session saved, an audit entry) ends with the 503 page
 * after one wait of {@code spring.datasource.hikari.connection-timeout}, not one per query. Outside requests
 * (scheduled jobs, event listeners) nothing changes.
 */
final class UneAttenteParRequete extends DelegatingDataSource {

    /** Absent outside a request; false in a request; true once the pool gave up during it. */
    private static final ThreadLocal<Boolean> ABANDON = new ThreadLocal<>();

    UneAttenteParRequete(DataSource source) {
        super(source);
    }

    static void debutRequete() {
        ABANDON.set(false);
    }

    static void finRequete() {
        ABANDON.remove();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return obtenir(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String utilisateur, String motDePasse) throws SQLException {
        return obtenir(() -> super.getConnection(utilisateur, motDePasse));
    }

    private static Connection obtenir(Ouverture ouverture) throws SQLException {
        Boolean abandon = ABANDON.get();
        if (Boolean.TRUE.equals(abandon)) {
            throw new SQLTransientConnectionException("Base de données injoignable (constaté plus tôt dans la requête)");
        }
        try {
            return ouverture.ouvrir();
        } catch (SQLTransientConnectionException e) {
            if (abandon != null) {
                ABANDON.set(true);
            }
            throw e;
        }
    }

    private interface Ouverture {
        Connection ouvrir() throws SQLException;
    }
}
