package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The library screen, its forms and the file download, as a signed-in specialist of Sở Tư pháp uses them. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvidenceLibraryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    Periods periods;

    @Autowired
    Units units;

    EvidenceFixtures fixtures;
    CurrentUser specialist;

    @BeforeEach
    void fixtures() {
        fixtures = new EvidenceFixtures(units, periods);
        specialist = fixtures.justiceSpecialist();
    }

    @Test
    void theTableShowsEachItemWithItsDocumentFileUploaderAndCriteria() throws Exception {
        EvidenceItem plan = upload("Kế hoạch ứng dụng CNTT", "ke-hoach.pdf",
                EvidenceSamples.pdfOfSize(3 * 512 * 1024),
                new EvidenceDocument("12/KH-STP", LocalDate.of(2026, 1, 15), "Sở Tư pháp", "Kế hoạch năm 2026"));
        upload("Báo cáo rà soát", "ra-soat.pdf", EvidenceSamples.pdfOfSize(12_595), null);
        upload("Ảnh phòng máy chủ", "phong-may.pdf", EvidenceSamples.pdfOfSize(900), null);
        library.registerReference(specialist, fixtures.justice(), "Quy chế sử dụng thư điện tử", "45/QĐ-STP",
                LocalDate.of(2025, 3, 2), "Giám đốc Sở Tư pháp", null, "https://stp.binhthuan.gov.vn/quy-che");
        library.link(specialist, plan.id(), fixtures.openPeriod().id(), "A1");

        mvc.perform(get("/evidence").with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Sở Tư pháp"),
                        containsString("Kế hoạch ứng dụng CNTT"), containsString("Kế hoạch năm 2026"),
                        containsString("12/KH-STP"), containsString("ngày 15/01/2026"),
                        containsString("ke-hoach.pdf"), containsString("1,5 MB"), containsString("12,3 KB"), containsString("900 B"),
                        containsString("Quy chế sử dụng thư điện tử"), containsString("Văn bản tham chiếu"),
                        containsString("Giám đốc Sở Tư pháp"), containsString("https://stp.binhthuan.gov.vn/quy-che"),
                        containsString("Lê Văn Đầu Mối"))))
                .andExpect(content().string(matchesPattern("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*")))
                .andExpect(content().string(matchesPattern("(?s).*<span>A1</span>.*")));
    }

    @Test
    void theLinkFormOffersTheCriteriaOfTheUnitsAppendixGroupedByCriteriaGroup() throws Exception {
        upload("Kế hoạch", "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        mvc.perform(get("/evidence").with(as(specialist)))
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*<optgroup label=\"A – [^\"]+\">.*"),
                        matchesPattern("(?s).*<option value=\"A1\">A1 – [^<]+</option>.*"),
                        matchesPattern("(?s).*<optgroup label=\"C – [^\"]+\">.*<option value=\"C3\">.*"))));
    }

    @Test
    void anUploadIsStoredWithTheTypeFoundInItsBytesNotTheOneTheBrowserClaimed() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "Sơ đồ mạng.png", "text/html", EvidenceSamples.png());

        mvc.perform(multipart("/evidence/files").file(file).param("title", "Sơ đồ mạng LAN")
                        .param("docDate", "2026-02-01").with(csrf()).with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/evidence#evidence-*"))
                .andExpect(flash().attribute("notice", "evidence.uploaded"));

        assertThat(library.library(fixtures.justice())).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Sơ đồ mạng LAN");
            assertThat(item.fileName()).isEqualTo("Sơ đồ mạng.png");
            assertThat(item.contentType()).isEqualTo("image/png");
            assertThat(item.docDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        });
    }

    @Test
    void aRefusedUploadSaysWhyNextToTheFileAndKeepsWhatWasTyped() throws Exception {
        MockMultipartFile exe = new MockMultipartFile("file", "hoa-don.pdf", "application/pdf",
                EvidenceSamples.exe());

        mvc.perform(multipart("/evidence/files").file(exe).param("title", "Hóa đơn điện tử")
                        .param("docNumber", "7/HĐ").param("summary", "Trích yếu đã gõ").with(csrf()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("chương trình máy tính"), containsString("is-invalid"),
                        containsString("value=\"Hóa đơn điện tử\""), containsString("value=\"7/HĐ\""),
                        containsString("Trích yếu đã gõ"))));
        assertThat(library.library(fixtures.justice())).isEmpty();
    }

    @Test
    void anOversizeUploadGetsAFriendlyMessageNotAnErrorPage() throws Exception {
        MockMultipartFile big = new MockMultipartFile("file", "ban-quet.pdf", "application/pdf",
                EvidenceSamples.pdfOfSize((int) EvidenceLibrary.MAX_FILE_BYTES + 1));

        mvc.perform(multipart("/evidence/files").file(big).param("title", "Bản quét").with(csrf()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tệp lớn hơn 20 MB nên không được nhận"),
                        containsString("value=\"Bản quét\""), not(containsString("Có lỗi xảy ra")))));
    }

    @Test
    void theFilterThatTurnsAwayOversizeUploadsLeadsToTheSameMessage() throws Exception {
        mvc.perform(get("/evidence").param("upload", "too-large").with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp lớn hơn 20 MB nên không được nhận")));
    }

    @Test
    void anUnreadableDateIsShownNextToTheDateField() throws Exception {
        mvc.perform(multipart("/evidence/files").file(pdfFile()).param("title", "Kế hoạch")
                        .param("docDate", "31/02/2026").with(csrf()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ngày văn bản không hợp lệ"),
                        containsString("value=\"31/02/2026\""))));
        assertThat(library.library(fixtures.justice())).isEmpty();
    }

    @Test
    void aReferenceIsSavedFromItsForm() throws Exception {
        mvc.perform(post("/evidence/references").param("title", "Quy chế thư điện tử").param("docNumber", "45/QĐ-STP")
                        .param("docDate", "02/03/2025").param("issuer", "Sở Tư pháp").with(csrf()).with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "evidence.registered"));

        assertThat(library.library(fixtures.justice())).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(EvidenceKind.REFERENCE);
            assertThat(item.docDate()).isEqualTo(LocalDate.of(2025, 3, 2));
        });
    }

    @Test
    void aBadLinkIsShownNextToTheLinkFieldAndTheTypedValuesStay() throws Exception {
        mvc.perform(post("/evidence/references").param("title", "Quy chế").param("docNumber", "45/QĐ-STP")
                        .param("link", "javascript:alert(1)").with(csrf()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("http:// hoặc https://"),
                        containsString("value=\"Quy chế\""), containsString("value=\"45/QĐ-STP\""))));
    }

    @Test
    void criteriaAreLinkedAndUnlinkedWithTheRowButtons() throws Exception {
        EvidenceItem item = upload("Kế hoạch", "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        mvc.perform(post("/evidence/{id}/links", item.id()).param("nodeKey", "A1").with(csrf()).with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "evidence.linked"));
        assertThat(library.library(fixtures.justice()).get(0).linkedKeys()).containsExactly("A1");

        mvc.perform(post("/evidence/{id}/links/remove", item.id()).param("nodeKey", "A1").with(csrf())
                        .with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "evidence.unlinked"));
        assertThat(library.library(fixtures.justice()).get(0).linkedKeys()).isEmpty();
    }

    @Test
    void aCriterionOutsideTheAppendixIsRefusedWithAMessage() throws Exception {
        EvidenceItem item = upload("Kế hoạch", "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        mvc.perform(post("/evidence/{id}/links", item.id()).param("nodeKey", "Z9").with(csrf()).with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("linkError", containsString("Z9 không thuộc PL-I")));
    }

    @Test
    void everyChangeWithoutTheCsrfTokenIsRejected() throws Exception {
        EvidenceItem item = upload("Kế hoạch", "ke-hoach.pdf", EvidenceSamples.pdf(), null);
        library.link(specialist, item.id(), fixtures.openPeriod().id(), "A1");

        mvc.perform(multipart("/evidence/files").file(pdfFile()).with(as(specialist)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evidence/references").param("title", "Quy chế").param("docNumber", "1/QĐ")
                .with(as(specialist))).andExpect(status().isForbidden());
        mvc.perform(post("/evidence/{id}/links", item.id()).param("nodeKey", "C3").with(as(specialist)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evidence/{id}/links/remove", item.id()).param("nodeKey", "A1").with(as(specialist)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evidence/{id}/links", item.id()).param("nodeKey", "C3").with(csrf().useInvalidToken())
                .with(as(specialist))).andExpect(status().isForbidden());

        assertThat(library.library(fixtures.justice())).singleElement()
                .satisfies(i -> assertThat(i.linkedKeys()).containsExactly("A1"));
    }

    @Test
    void theFormsCarryTheCsrfToken() throws Exception {
        upload("Kế hoạch", "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        String page = mvc.perform(get("/evidence").with(as(specialist))).andReturn().getResponse()
                .getContentAsString();

        String[] forms = page.split("<form");
        assertThat(forms).as("logout, link, upload and reference forms").hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < forms.length; i++) {
            assertThat(forms[i].substring(0, forms[i].indexOf("</form>"))).contains("name=\"_csrf\"");
        }
    }

    @Test
    void aDownloadIsAnAttachmentWithTheVietnameseNameEncodedAndNoSniffing() throws Exception {
        byte[] pdf = EvidenceSamples.pdf();
        EvidenceItem item = upload("Báo cáo", "Báo cáo tháng 3.pdf", pdf, null);

        mvc.perform(get("/evidence/{id}/file", item.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Bao cao thang 3.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A1ng%203.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void aPdfMayBePreviewedInTheBrowserButAnOfficeDocumentIsAlwaysDownloaded() throws Exception {
        EvidenceItem pdf = upload("Báo cáo", "bao-cao.pdf", EvidenceSamples.pdf(), null);
        EvidenceItem docx = upload("Báo cáo", "bao-cao.docx", EvidenceSamples.docx(), null);

        mvc.perform(get("/evidence/{id}/preview", pdf.id()).with(as(specialist)))
                .andExpect(header().string("Content-Disposition", containsString("inline;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/evidence/{id}/preview", docx.id()).with(as(specialist)))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Type", EvidenceFileType.DOCX.contentType()));
    }

    @Test
    void afterTheLockThePageIsReadOnly() throws Exception {
        EvidenceItem item = upload("Kế hoạch", "ke-hoach.pdf", EvidenceSamples.pdf(), null);
        library.link(specialist, item.id(), fixtures.openPeriod().id(), "A1");
        fixtures.lockedCurrentPeriod();

        mvc.perform(get("/evidence").with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"locked-notice\""), containsString("đã khóa"),
                        containsString("Kế hoạch"), not(containsString("id=\"upload-form\"")),
                        not(containsString("id=\"reference-form\"")), not(containsString("name=\"nodeKey\"")))));
        mvc.perform(post("/evidence/{id}/links", item.id()).param("nodeKey", "A1").with(csrf()).with(as(specialist)))
                .andExpect(flash().attribute("linkError", containsString("đã khóa")));
    }

    @Test
    void thePageSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/evidence").param("lang", "en").with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Evidence"), containsString("Upload a file"),
                        containsString("Document reference"))));
    }

    private EvidenceItem upload(String title, String name, byte[] content, EvidenceDocument document) {
        return library.uploadFile(specialist, fixtures.justice(), title, name, content, document);
    }

    private static MockMultipartFile pdfFile() {
        return new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", EvidenceSamples.pdf());
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return user(user);
    }
}
