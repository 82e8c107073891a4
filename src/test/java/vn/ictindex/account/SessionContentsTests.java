package vn.ictindex.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.support.BrowserlessSession;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a signed-in session leaves in the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionContentsTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void theSessionTableNeverHoldsAPasswordHashAndTheSignInIsRecorded() throws Exception {
        new BrowserlessSession(port).signIn("hoidong", "matkhau2026");

        List<byte[]> attributes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes")
                .query((rs, n) -> rs.getBytes(1)).list();
        assertThat(attributes).isNotEmpty();
        assertThat(attributes).noneSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .contains("{bcrypt}"));
        assertThat(accounts.all()).filteredOn(a -> a.username().equals("hoidong"))
                .singleElement().satisfies(a -> assertThat(a.lastLoginAt()).isNotNull());
    }
}
