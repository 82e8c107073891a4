package vn.ictindex.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class AuditMessagesTests {

    @Test
    void everyActionHasAVietnameseAndAnEnglishLabel() throws IOException {
        Properties vietnamese = load("i18n/audit.properties");
        Properties english = load("i18n/audit_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        assertThat(vietnamese.getProperty("audit.action.SELF_ASSESSMENT_SUBMITTED")).isEqualTo("Nộp bản tự đánh giá");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
