package fr.demarches.portail.panne;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure comes from PostgreSQL being out of reach, rather than from a query or a rule: no connection
 * within the pool's timeout (Hikari), a connection refused, lost or closed by the server, or a transaction that could
 * not even be rolled back on its connection (a pooled connection found dead: the rollback's failure then replaces
 * the query's in the exception thrown).
 */
final class PanneBaseDeDonnees {

    private PanneBaseDeDonnees() {
    }

    static boolean enCause(Throwable erreur) {
        for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLException sql && connexionPerdue(sql.getSQLState())
                    || (t instanceof org.hibernate.TransactionException || t instanceof TransactionSystemException)
                            && t.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE classes 08 (connection exception) and 57P (server shutting down, backend terminated, starting up). */
    private static boolean connexionPerdue(String etat) {
        return etat != null && (etat.startsWith("08") || etat.startsWith("57P"));
    }
}
