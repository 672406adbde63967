package fr.demarches.portail;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import fr.demarches.test.TestIntegration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Flyway owns the schema: every migration applies to an empty schema, and Hibernate only validates. */
@TestIntegration
class MigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environnement;

    @Test
    void everyMigrationAppliesToAnEmptySchema() {
        String schema = "migration_" + Long.toHexString(System.nanoTime());
        try {
            var flyway = Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration").load();
            int enAttente = flyway.info().pending().length;
            var resultat = flyway.migrate();
            assertThat(resultat.success).isTrue();
            assertThat(resultat.migrationsExecuted).isEqualTo(enAttente).isPositive();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?")
                    .param(schema).query(Long.class).single()).isGreaterThanOrEqualTo(10);
        } finally {
            jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }

    @Test
    void hibernateOnlyValidatesTheSchema() {
        assertThat(environnement.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }
}
