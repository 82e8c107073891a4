package vn.ictindex.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Points the application at PostgreSQL for {@link PostgresTest} classes. */
public final class PostgresDatabase {

    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    static synchronized String[] connection() {
        String url = System.getenv("TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new String[]{url, env("TEST_PG_USER", "postgres"), env("TEST_PG_PASSWORD", "")};
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return new String[]{embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String[] c = connection();
            TestPropertyValues.of("spring.datasource.url=" + c[0], "spring.datasource.username=" + c[1],
                    "spring.datasource.password=" + c[2]).applyTo(context.getEnvironment());
        }
    }
}
