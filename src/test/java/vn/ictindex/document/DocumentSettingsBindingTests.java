package vn.ictindex.document;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped settings in application.yml bind, with their Vietnamese intact. */
@SpringJUnitConfig(classes = DocumentConfiguration.class, initializers = ConfigDataApplicationContextInitializer.class)
class DocumentSettingsBindingTests {

    @Autowired
    DocumentSettings settings;

    @Test
    void theDemoProvincesTextsAreReadFromTheApplicationSettings() {
        AdministrativeDocument report = settings.document("report", "7", LocalDate.of(2026, 12, 1), "Báo cáo");
        assertThat(report.parentBody()).isEqualTo("UBND TỈNH BÌNH THUẬN");
        assertThat(report.issuingBody()).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(report.numberLine()).isEqualTo("Số: 7/BC-STTTT");
        assertThat(report.placeAndDateLine()).isEqualTo("Bình Thuận, ngày 01 tháng 12 năm 2026");
        assertThat(report.signature().authority()).isEqualTo("KT. GIÁM ĐỐC");
    }

    @Test
    void theProvincesDecisionHasNoBodyAboveItsIssuer() {
        AdministrativeDocument decision = settings.document("decision", "", null, "Công bố kết quả");
        assertThat(decision.parentBody()).isEmpty();
        assertThat(decision.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN");
        assertThat(decision.numberLine()).isEqualTo("Số:       /QĐ-UBND");
        assertThat(decision.signature().title()).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(settings.kinds()).containsKeys("report", "minutes", "decision", "letter");
    }
}
