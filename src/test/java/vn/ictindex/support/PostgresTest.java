package vn.ictindex.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring Boot test on a real PostgreSQL: the server named by {@code TEST_PG_URL} (with {@code TEST_PG_USER} and
 * {@code TEST_PG_PASSWORD}), or else an embedded PostgreSQL started once for the whole test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = PostgresDatabase.Initializer.class)
public @interface PostgresTest {
}
