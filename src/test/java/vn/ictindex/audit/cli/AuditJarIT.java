package vn.ictindex.audit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar checks the audit trail of a database, as docs/audit.md shows, and tells a broken one apart. */
class AuditJarIT {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:h2:file:" + directory.resolve("ictindex").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;"
                + "NON_KEYWORDS=VALUE,YEAR,MONTH";
    }

    private String[] verify() throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "audit", ".out");
        Path err = Files.createTempFile(directory, "audit", ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/ictindex.jar",
                "audit", "verify", "--spring.datasource.url=" + url()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new String[]{String.valueOf(process.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void theJarFindsAChangedEntryAndExitsWithOne() throws Exception {
        String[] intact = verify();
        assertThat(intact[0]).as(intact[2]).isEqualTo("0");
        assertThat(intact[1]).contains("Nhật ký thay đổi nguyên vẹn");

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url(), "sa", ""));
        long first = jdbc.sql("SELECT MIN(id) FROM audit_event").query(Long.class).single();
        jdbc.sql("UPDATE audit_event SET actor = 'ke-gian' WHERE id = :id").param("id", first).update();

        String[] broken = verify();
        assertThat(broken[0]).isEqualTo("1");
        assertThat(broken[2]).contains("bị can thiệp tại bản ghi số " + first);
    }
}
