package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the library screen exists in Vietnamese and in English. */
class EvidenceMessagesTests {

    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties vietnamese = load("i18n/evidence.properties");
        Properties english = load("i18n/evidence_en.properties");

        assertThat(vietnamese).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
        vietnamese.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EvidenceMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
