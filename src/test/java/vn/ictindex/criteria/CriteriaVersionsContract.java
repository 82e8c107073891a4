package vn.ictindex.criteria;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What storing criteria versions must do on every database the application runs on. */
@Transactional
abstract class CriteriaVersionsContract {

    @Autowired
    CriteriaVersions versions;

    @Test
    void aStoredVersionReadsBackEqualWithItsVietnameseTextIntact() {
        CriteriaVersion version = CriteriaFixtures.everyRuleVersion();
        versions.store(version, "every-rule.yaml");

        CriteriaVersion read = versions.find("TEST-ALL-RULES", "1").orElseThrow();

        assertThat(read).isEqualTo(version);
        assertThat(read.title()).isEqualTo("Bộ tiêu chí thử nghiệm – mỗi loại quy tắc một lần");
    }

    @Test
    void theListSummarisesEachAppendix() {
        versions.store(CriteriaFixtures.everyRuleVersion(), "every-rule.yaml");

        CriteriaVersionSummary summary = versions.list().stream()
                .filter(v -> v.versionId().equals("TEST-ALL-RULES@1")).findFirst().orElseThrow();

        assertThat(summary.status()).isEqualTo(VersionStatus.ISSUED);
        assertThat(summary.decisionNumber()).isEqualTo("1/QĐ-TEST");
        assertThat(summary.criteriaCount()).isEqualTo(13);
        assertThat(summary.appendices()).singleElement().satisfies(a -> {
            assertThat(a.appendixId()).isEqualTo("PL-T");
            assertThat(a.totalPoints()).isEqualByComparingTo(BigDecimal.valueOf(100));
            assertThat(a.criteriaCount()).isEqualTo(13);
        });
    }

    @Test
    void aVersionIsNeverStoredTwice() {
        versions.store(CriteriaFixtures.everyRuleVersion(), "every-rule.yaml");

        assertThatThrownBy(() -> versions.store(CriteriaFixtures.everyRuleVersion(), "again.yaml"))
                .isInstanceOf(CriteriaVersionExistsException.class)
                .hasMessageContaining("TEST-ALL-RULES@1");
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertThat(versions.find("KHONG-CO", "1")).isEmpty();
    }
}
