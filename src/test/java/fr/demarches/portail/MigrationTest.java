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

    /**
     * Deleting a row runs, for each foreign key that cascades from it, a query on the child's column: without an
     * index leading with that column, each deleted row reads the whole child table (V221). Keys that only forbid the
     * delete are not checked: the four without an index point to the commune referential, which nothing deletes.
     */
    @Test
    void everyCascadingForeignKeyHasAnIndexOnItsColumns() {
        var sansIndex = jdbc.sql("""
                SELECT c.conrelid::regclass || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.contype = 'f' AND c.confdeltype IN ('c', 'n', 'd')
                  AND c.connamespace = current_schema()::regnamespace
                  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                      AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                      AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)""")
                .query(String.class).list();
        assertThat(sansIndex).isEmpty();
    }

    @Test
    void hibernateOnlyValidatesTheSchema() {
        assertThat(environnement.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }
}
