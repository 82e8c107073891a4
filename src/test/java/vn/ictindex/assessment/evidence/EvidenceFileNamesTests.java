package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a browser sends is cleaned before it is stored or offered back. */
class EvidenceFileNamesTests {

    @Test
    void vietnameseLettersAreKept() {
        assertThat(EvidenceFileNames.sanitise("Báo cáo ứng dụng CNTT – Sở Tư pháp (đợt 2).pdf"))
                .isEqualTo("Báo cáo ứng dụng CNTT – Sở Tư pháp (đợt 2).pdf");
    }

    @Test
    void decomposedLettersAreComposed() {
        String decomposed = "Ba\u0301o ca\u0301o.pdf";

        assertThat(EvidenceFileNames.sanitise(decomposed)).isEqualTo("Báo cáo.pdf").hasSize(11);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\lan\\Desktop\\Kế hoạch.docx | Kế hoạch.docx",
            "../../etc/passwd                      | passwd",
            "/home/lan/bao-cao.pdf                  | bao-cao.pdf",
            "..\\..\\windows\\win.ini               | win.ini"})
    void foldersAreStripped(String original, String expected) {
        assertThat(EvidenceFileNames.sanitise(original)).isEqualTo(expected);
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertThat(EvidenceFileNames.sanitise("bao\u0000cao\u0007.pdf")).isEqualTo("baocao.pdf");
        // "hoa-don\u202Efdp.exe" displays as "hoa-donexe.pdf" in a right-to-left override
        assertThat(EvidenceFileNames.sanitise("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(EvidenceFileNames.sanitise("dong 1\r\nContent-Type: text.pdf"))
                .isEqualTo("dong 1 Content-Type_ text.pdf");
    }

    @Test
    void charactersReservedByWindowsAreReplaced() {
        assertThat(EvidenceFileNames.sanitise("Kế hoạch: 2026 <dự thảo> \"mới\" | bản 1?*.docx"))
                .isEqualTo("Kế hoạch_ 2026 _dự thảo_ _mới_ _ bản 1__.docx");
    }

    @Test
    void hiddenNamesAndTrailingDotsAreTrimmed() {
        assertThat(EvidenceFileNames.sanitise("...bashrc")).isEqualTo("bashrc");
        assertThat(EvidenceFileNames.sanitise("  bao   cao.pdf . . ")).isEqualTo("bao cao.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON.pdf", "nul", "com1.docx", "Lpt9.xlsx"})
    void windowsDeviceNamesAreDefused(String name) {
        assertThat(EvidenceFileNames.sanitise(name)).isEqualTo("_" + name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "///", "\u0000\u0001", ". .", "C:\\"})
    void aNameWithNothingLeftBecomesAPlainOne(String name) {
        assertThat(EvidenceFileNames.sanitise(name)).isEqualTo("tai-lieu");
    }

    @Test
    void aLongNameIsShortenedAndKeepsItsExtension() {
        String name = EvidenceFileNames.sanitise("Đ".repeat(300) + ".pdf");

        assertThat(name).hasSize(EvidenceFileNames.MAX_LENGTH).startsWith("ĐĐĐ").endsWith("Đ.pdf");
    }

    @Test
    void aLongNameIsCutBetweenCharactersNeverInsideOne() {
        String emoji = "\uD83D\uDCC4"; // one character, two UTF-16 units
        String name = EvidenceFileNames.sanitise(emoji.repeat(200));

        assertThat(name.codePointCount(0, name.length())).isEqualTo(EvidenceFileNames.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "Báo cáo.PDF, pdf",
            "bang-tinh.xlsx, xlsx",
            "chuong-trinh.exe, exe",
            "Quyết định 12.QĐ-UBND, NONE",
            "Báo cáo năm 2024.12, NONE",
            "khong-co-phan-mo-rong, NONE",
            "ten.quadai, NONE"})
    void theDeclaredExtensionIsShortLettersAndDigitsAfterTheLastDot(String name, String expected) {
        assertThat(EvidenceFileNames.extension(name).orElse(null)).isEqualTo(expected);
    }

    @Test
    void aMissingExtensionIsAddedWithinTheLengthLimit() {
        assertThat(EvidenceFileNames.withExtension("Sơ đồ mạng", "png")).isEqualTo("Sơ đồ mạng.png");
        assertThat(EvidenceFileNames.withExtension("Sơ đồ mạng.png", "png")).isEqualTo("Sơ đồ mạng.png");
        assertThat(EvidenceFileNames.withExtension("a".repeat(150), "docx"))
                .hasSize(EvidenceFileNames.MAX_LENGTH).endsWith("a.docx");
    }

    @Test
    void theAsciiFallbackDropsDiacriticsAndNothingElseThatIsReadable() {
        assertThat(EvidenceFileNames.asciiFallback("Báo cáo Sở Y tế – đợt 1.pdf"))
                .isEqualTo("Bao cao So Y te _ dot 1.pdf");
    }
}
