package fr.demarches.portail.demarrage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything else starts, checks that PostgreSQL answers with the configured database and user, so that a
 * missing database ends the start-up with one clear explanation instead of a pool's stack trace.
 * On a developer's machine ({@code app.base-de-donnees.creation-automatique}, on in the demo and test profiles),
 * a missing role or database is created first, through the server's administrator account.
 */
public class VerificationBaseDeDonnees implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final String BASE_INEXISTANTE = "3D000";
    private static final String ROLE_INEXISTANT = "28000";
    /** "database … is not currently accepting connections" (ALLOW_CONNECTIONS false). */
    private static final String BASE_FERMEE = "55000";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // The build's AOT processing (pom.xml) prepares the context without connecting to anything.
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        var cible = Cible.de(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
        try {
            cible.essayer();
        } catch (SQLException e) {
            boolean manquante = BASE_INEXISTANTE.equals(e.getSQLState()) || ROLE_INEXISTANT.equals(e.getSQLState());
            boolean developpement = env.getProperty("app.base-de-donnees.creation-automatique", Boolean.class, false);
            if (manquante && developpement) {
                creer(cible, env.getProperty("app.base-de-donnees.administrateur", "postgres"));
                return;
            }
            if (BASE_FERMEE.equals(e.getSQLState()) && developpement) {
                rouvrir(cible, env.getProperty("app.base-de-donnees.administrateur", "postgres"));
                return;
            }
            throw new BaseDeDonneesInjoignableException(cible.decrire(), e);
        }
    }

    private static void creer(Cible cible, String administrateur) {
        try (Connection c = cible.administration(administrateur); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + litteral(cible.utilisateur()))) {
                if (!rs.next()) {
                    st.execute("CREATE ROLE " + identifiant(cible.utilisateur()) + " LOGIN PASSWORD "
                            + litteral(cible.motDePasse()));
                }
            }
            try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = " + litteral(cible.base()))) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE " + identifiant(cible.base()) + " OWNER "
                            + identifiant(cible.utilisateur()));
                }
            }
            cible.essayer();
        } catch (SQLException e) {
            throw new BaseDeDonneesInjoignableException(cible.decrire(), e);
        }
    }

    /**
     * A test of a database outage (PanneBaseDeDonneesTest) closes the test database to new connections and opens it
     * again when done; a run killed in between leaves it closed, which the next run on this machine repairs here.
     */
    private static void rouvrir(Cible cible, String administrateur) {
        try (Connection c = cible.administration(administrateur); var st = c.createStatement()) {
            st.execute("ALTER DATABASE " + identifiant(cible.base()) + " ALLOW_CONNECTIONS true");
            cible.essayer();
        } catch (SQLException e) {
            throw new BaseDeDonneesInjoignableException(cible.decrire(), e);
        }
    }

    private static String litteral(String valeur) {
        return "'" + valeur.replace("'", "''") + "'";
    }

    private static String identifiant(String valeur) {
        return '"' + valeur.replace("\"", "\"\"") + '"';
    }

    /** After logging is set up, before the context starts. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    record Cible(String url, String hote, String port, String base, String utilisateur, String motDePasse) {

        static Cible de(String url, String utilisateur, String motDePasse) {
            Properties p = Driver.parseURL(url, new Properties());
            if (p == null) {
                throw new BaseDeDonneesInjoignableException("l'adresse " + url + " n'est pas une URL PostgreSQL valide", null);
            }
            return new Cible(url, p.getProperty("PGHOST", "localhost"), p.getProperty("PGPORT", "5432"),
                    p.getProperty("PGDBNAME", ""), utilisateur == null ? "" : utilisateur,
                    motDePasse == null ? "" : motDePasse);
        }

        void essayer() throws SQLException {
            try (Connection ignored = connexion(url, utilisateur, motDePasse)) {
                // reachable
            }
        }

        Connection administration(String administrateur) throws SQLException {
            return connexion("jdbc:postgresql://" + hote + ":" + port + "/postgres", administrateur, "");
        }

        String decrire() {
            return hote + ":" + port + " (base « " + base + " », utilisateur « " + utilisateur + " »)";
        }

        private static Connection connexion(String url, String utilisateur, String motDePasse) throws SQLException {
            var props = new Properties();
            props.setProperty("user", utilisateur);
            props.setProperty("password", motDePasse);
            props.setProperty("connectTimeout", "5");
            return DriverManager.getConnection(url, props);
        }
    }
}
