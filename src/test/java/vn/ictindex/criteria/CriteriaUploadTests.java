package vn.ictindex.criteria;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an uploaded file must be before the criteria reader sees it: judged by its content, never by its name. */
class CriteriaUploadTests {

    private static CriteriaUpload upload(String name, byte[] content) throws IOException {
        return CriteriaUpload.read(name, new ByteArrayInputStream(content));
    }

    @Test
    void aUtf8CriteriaFileIsAcceptedWithItsVietnameseTextIntact() throws IOException {
        String text = CriteriaFixtures.text(CriteriaFixtures.EVERY_RULE);

        CriteriaUpload upload = upload("every-rule.yaml", text.getBytes(StandardCharsets.UTF_8));

        assertThat(upload.text()).isEqualTo(text);
        assertThat(upload.fileName()).isEqualTo("every-rule.yaml");
    }

    @Test
    void aByteOrderMarkAsNotepadWritesItIsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "title: Bộ tiêu chí".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        assertThat(upload("a.yaml", content).text()).isEqualTo("title: Bộ tiêu chí");
    }

    @Test
    void aFileOverTwoMegabytesIsRefused() {
        byte[] content = new byte[CriteriaUpload.MAX_BYTES + 1];
        java.util.Arrays.fill(content, (byte) 'a');

        assertThatThrownBy(() -> upload("lon.yaml", content))
                .isInstanceOfSatisfying(CriteriaUploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CriteriaUploadRefusedException.Reason.TOO_LARGE));
    }

    @Test
    void exactlyTwoMegabytesIsStillAccepted() throws IOException {
        byte[] content = new byte[CriteriaUpload.MAX_BYTES];
        java.util.Arrays.fill(content, (byte) 'a');

        assertThat(upload("vua.yaml", content).text()).hasSize(CriteriaUpload.MAX_BYTES);
    }

    @Test
    void aSpreadsheetNamedYamlIsRefusedAsBinary() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '!', 0};

        assertThatThrownBy(() -> upload("bo-tieu-chi.yaml", xlsx))
                .isInstanceOfSatisfying(CriteriaUploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CriteriaUploadRefusedException.Reason.BINARY));
    }

    @Test
    void textSavedAsUtf16IsRefusedWithItsOwnReason() {
        byte[] utf16 = "\uFEFFformat: ictindex-criteria/1".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> upload("utf16.yaml", utf16))
                .isInstanceOfSatisfying(CriteriaUploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CriteriaUploadRefusedException.Reason.UTF_16));
    }

    @Test
    void textInAnotherEncodingIsRefusedWithTheLineOfTheFirstBadCharacter() {
        byte[] latin1 = "format: ictindex-criteria/1\ncode: X\ntitle: Tông\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> upload("cu.yaml", latin1))
                .isInstanceOfSatisfying(CriteriaUploadRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CriteriaUploadRefusedException.Reason.NOT_UTF_8);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void noFileOrAnEmptyOneIsRefused() {
        assertThatThrownBy(() -> CriteriaUpload.read(null, null))
                .isInstanceOfSatisfying(CriteriaUploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CriteriaUploadRefusedException.Reason.NO_FILE));
        assertThatThrownBy(() -> upload("trong.yaml", new byte[0]))
                .isInstanceOfSatisfying(CriteriaUploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CriteriaUploadRefusedException.Reason.NO_FILE));
    }

    @Test
    void theFileNameLosesDirectoriesMarkupAndDirectionOverrides() {
        assertThat(CriteriaUpload.sanitiseFileName("C:\\fakepath\\Bộ tiêu chí 2025.yaml"))
                .isEqualTo("Bộ tiêu chí 2025.yaml");
        assertThat(CriteriaUpload.sanitiseFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CriteriaUpload.sanitiseFileName("<img src=x onerror=alert(1)>.yaml"))
                .isEqualTo("_img src_x onerror_alert(1)_.yaml");
        assertThat(CriteriaUpload.sanitiseFileName("hoa-don\u202Elmay.exe")).isEqualTo("hoa-donlmay.exe");
        assertThat(CriteriaUpload.sanitiseFileName("a\u0000b\nc.yaml")).isEqualTo("a_b c.yaml");
        assertThat(CriteriaUpload.sanitiseFileName(".hidden.yaml")).isEqualTo("hidden.yaml");
        assertThat(CriteriaUpload.sanitiseFileName(null)).isEqualTo("tep-bo-tieu-chi.yaml");
        assertThat(CriteriaUpload.sanitiseFileName("<>")).isEqualTo("tep-bo-tieu-chi.yaml");
    }

    @Test
    void aLongFileNameIsShortenedButKeepsItsExtension() {
        String name = CriteriaUpload.sanitiseFileName("bộ".repeat(200) + ".yaml");

        assertThat(name).hasSize(120).startsWith("bộbộ").endsWith(".yaml");
    }
}
