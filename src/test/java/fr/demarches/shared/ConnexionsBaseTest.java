package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every connection of the pool is opened with (application.yml, spring.datasource.hikari). */
@TestIntegration
class ConnexionsBaseTest {

    @Autowired
    JdbcClient jdbc;

    /** JIT compiled plans of row-reading statements for 0.4-0.7 s each (registre, statistics): off on every connection. */
    @Test
    void everyConnectionRunsWithoutJitCompilation() {
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.sql("SELECT current_setting('jit')").query(String.class).single()).isEqualTo("off");
        }
    }
}
