package vn.ictindex.criteria.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar runs the offline commands without starting the server, as the README shows. */
class CriteriaJarIT {

    private static String[] java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target/ictindex.jar");
        assertThat(jar).exists();
        Path out = Files.createTempFile("ictindex-cli", ".out");
        Path err = Files.createTempFile("ictindex-cli", ".err");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new String[]{String.valueOf(process.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void theJarValidatesTheShippedCriteriaSet() throws Exception {
        String[] run = java("criteria", "validate", "src/main/resources/criteria-sets/bt-udcntt-2019.yaml");

        assertThat(run[0]).isEqualTo("0");
        assertThat(run[1]).contains("BT-UDCNTT@2019", "PL-III: 6 nhóm, 35 tiêu chí");
    }

    @Test
    void theJarScoresTheSampleSpreadsheetAsJson() throws Exception {
        String[] run = java("criteria", "score", "src/main/resources/criteria-sets/bt-udcntt-2019.yaml",
                "--appendix", "PL-I", "--inputs", "docs/examples/units-pl-i.csv", "--format", "json");

        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[1]).contains("\"unit\":\"BT-SYT\"", "\"classification\":\"Khá\"");
        assertThat(run[1]).doesNotContain("Spring");
    }

    @Test
    void theJarReportsAProblemWithANonZeroExitCode() throws Exception {
        String[] run = java("criteria", "validate", "pom.xml");

        assertThat(run[0]).isEqualTo("1");
        assertThat(run[2]).contains("pom.xml");
    }
}
