package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** A file is what its bytes say it is; its name only has to agree. */
class EvidenceFileTypesTests {

    @Test
    void aRealPdfIsAPdf() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.pdf(), "pdf")).isEqualTo(EvidenceFileType.PDF);
    }

    @Test
    void realImagesAreRecognisedWhicheverUsualExtensionTheyCarry() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.png(), "png")).isEqualTo(EvidenceFileType.PNG);
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.jpeg(), "jpg")).isEqualTo(EvidenceFileType.JPEG);
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.jpeg(), "jpeg")).isEqualTo(EvidenceFileType.JPEG);
    }

    @Test
    void officeOpenXmlPackagesAreToldApartByTheirMainPart() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.docx(), "docx")).isEqualTo(EvidenceFileType.DOCX);
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.xlsx(), "xlsx")).isEqualTo(EvidenceFileType.XLSX);
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.pptx(), "pptx")).isEqualTo(EvidenceFileType.PPTX);
    }

    @Test
    void anOpenDocumentTextIsKnownByItsMimetypeEntry() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.odt(), "odt")).isEqualTo(EvidenceFileType.ODT);
    }

    @Test
    void aLegacyOfficeFileIsKnownByItsOle2HeaderAndNamedByItsExtension() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.ole2(), "doc")).isEqualTo(EvidenceFileType.DOC);
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.ole2(), "xls")).isEqualTo(EvidenceFileType.XLS);
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.ole2(), "ppt")).isEqualTo(EvidenceFileType.PPT);
    }

    @Test
    void aNameWithoutExtensionIsEnoughWhenTheContentIsUnambiguous() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.png(), null)).isEqualTo(EvidenceFileType.PNG);
        assertRefused(EvidenceSamples.ole2(), null, ".doc, .xls, .ppt");
    }

    @Test
    void aProgramRenamedToPdfIsRefused() {
        assertRefused(EvidenceSamples.exe(), "pdf", "chương trình máy tính");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "svg"})
    void webPagesAndSvgRenamedToPdfAreRefused(String kind) {
        byte[] content = kind.equals("html") ? EvidenceSamples.html() : EvidenceSamples.svg();
        assertRefused(content, "pdf", "trang web, ảnh SVG hoặc XML");
    }

    @Test
    void anImageNamedAsAPdfIsRefusedAndTheMessageSaysWhatItIs() {
        assertRefused(EvidenceSamples.png(), "pdf", "phần mở rộng .pdf nhưng nội dung là ảnh PNG");
        assertRefused(EvidenceSamples.docx(), "xlsx", "văn bản Word (.docx)");
        assertRefused(EvidenceSamples.ole2(), "docx", "tài liệu Office cũ");
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsRefused() {
        assertRefused(EvidenceSamples.plainZip(), "docx", "không phải tài liệu Office");
        assertRefused(new byte[]{'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "docx",
                "không phải tài liệu Office");
    }

    @Test
    void aDocumentWithMacrosIsRefused() {
        assertRefused(EvidenceSamples.docm(), "docx", "macro");
    }

    @Test
    void aDamagedZipIsRefusedAsDamaged() {
        assertRefused(EvidenceSamples.truncatedDocx(), "docx", "bị hỏng");
    }

    @Test
    void aPackageWithTooManyEntriesIsRefusedBeforeItsEntriesAreRead() {
        assertThat(EvidenceFileTypes.identify(EvidenceSamples.docxWithEntries(EvidenceZipDirectory.MAX_ENTRIES),
                "docx")).isEqualTo(EvidenceFileType.DOCX);
        assertRefused(EvidenceSamples.docxWithEntries(EvidenceZipDirectory.MAX_ENTRIES + 1), "docx",
                "quá nhiều thành phần");
    }

    @Test
    @Timeout(5)
    void aZipBombIsRefusedWithoutUnpackingIt() {
        byte[] bomb = EvidenceSamples.docxBomb(EvidenceZipDirectory.MAX_ENTRY_SIZE + 1);

        assertThat(bomb.length).as("the bomb is small on the wire").isLessThan(1024 * 1024);
        assertRefused(bomb, "docx", "dung lượng giải nén quá lớn");
    }

    @Test
    void theDecisionOnSizeComesFromTheTableOfContentsAlone() {
        // the entry's data is not even valid compressed data: unpacking it would fail, not report the size
        assertRefused(EvidenceSamples.docxDeclaringAHugeEntry(), "docx", "dung lượng giải nén quá lớn");
    }

    @Test
    void unknownContentIsRefused() {
        assertRefused("Chỉ là văn bản thường".getBytes(java.nio.charset.StandardCharsets.UTF_8), "pdf",
                "Không nhận ra loại tệp");
    }

    private static void assertRefused(byte[] content, String extension, String expected) {
        assertThatThrownBy(() -> EvidenceFileTypes.identify(content, extension))
                .isInstanceOf(EvidenceException.class)
                .extracting(e -> ((EvidenceException) e).fieldErrors(), MAP)
                .containsOnlyKeys("file")
                .extractingByKey("file").asString().contains(expected);
    }
}
