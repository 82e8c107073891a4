package vn.ictindex.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Saves session attributes with an upsert: htmx sends several requests at once on a new session, and the stock insert
 * then fails with a duplicate key (HTTP 500).
 */
@Configuration
class SessionConfiguration {

    private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
            + "ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
            throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (product.toLowerCase().contains("postgres")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }
}
