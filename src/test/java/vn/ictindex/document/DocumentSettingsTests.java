package vn.ictindex.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.document.DocumentFixtures.binhThuan;

class DocumentSettingsTests {

    @Test
    void aReportTakesTheDepartmentsHeaderNumberSuffixAndSigner() {
        AdministrativeDocument report = binhThuan().document("report", "12", LocalDate.of(2026, 11, 28), "Kết quả");
        assertThat(report.parentBody()).isEqualTo("UBND TỈNH BÌNH THUẬN");
        assertThat(report.issuingBody()).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(report.kind()).isEqualTo("BÁO CÁO");
        assertThat(report.numberLine()).isEqualTo("Số: 12/BC-STTTT");
        assertThat(report.placeAndDateLine()).isEqualTo("Bình Thuận, ngày 28 tháng 11 năm 2026");
        assertThat(report.signature()).isEqualTo(new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Quý"));
    }

    @Test
    void theCouncilsMinutesTakeTheCouncilAsIssuerAndItsChairAsSigner() {
        AdministrativeDocument minutes = binhThuan().document("minutes", "", null, "Thẩm định");
        assertThat(minutes.parentBody()).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(minutes.issuingBody()).isEqualTo("HỘI ĐỒNG THẨM ĐỊNH");
        assertThat(minutes.signature().title()).isEqualTo("CHỦ TỊCH");
        assertThat(minutes.numberLine()).isEqualTo("Số:       /BB-HĐTĐ");
        assertThat(minutes.placeAndDateLine()).isEqualTo("Bình Thuận, ngày      tháng      năm      ");
    }

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(binhThuan().document("report", "1", LocalDate.of(2026, 1, 9), "x").placeAndDateLine())
                .isEqualTo("Bình Thuận, ngày 09 tháng 01 năm 2026");
        assertThat(binhThuan().document("report", "1", LocalDate.of(2026, 3, 10), "x").placeAndDateLine())
                .isEqualTo("Bình Thuận, ngày 10 tháng 3 năm 2026");
    }

    @Test
    void anUnknownKindIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> binhThuan().document("letter", "1", null, "x"))
                .hasMessageContaining("letter").hasMessageContaining("report");
    }

    @Test
    void aRowWiderThanTheTableIsRefused() {
        assertThatThrownBy(() -> new Block.Table(List.of(), List.of(Block.Row.of("1", "2", "3")), List.of(1, 1),
                java.util.Set.of(), false)).hasMessageContaining("3 columns");
    }
}
