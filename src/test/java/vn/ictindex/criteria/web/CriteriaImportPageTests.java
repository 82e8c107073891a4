package vn.ictindex.criteria.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.criteria.CriteriaFileException;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaProblem;
import vn.ictindex.criteria.CriteriaUpload;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.ImportFixtures;
import vn.ictindex.support.TestUsers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator imports a criteria version from a file; every refusal says why and stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CriteriaImportPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CriteriaVersions versions;

    @Autowired
    JdbcClient jdbc;

    private ResultActions upload(String fileName, byte[] content, RequestPostProcessor... with) throws Exception {
        var request = multipart("/criteria/import").file(new MockMultipartFile("file", fileName, "application/yaml",
                content));
        for (RequestPostProcessor p : with) {
            request.with(p);
        }
        return mvc.perform(request);
    }

    private ResultActions uploadAsAdministrator(String fileName, byte[] content) throws Exception {
        return upload(fileName, content, TestUsers.administrator(), csrf());
    }

    private int storedVersions() {
        return jdbc.sql("SELECT COUNT(*) FROM criteria_version").query(Integer.class).single();
    }

    @Test
    void theAdministratorSeesTheImportForm() throws Exception {
        mvc.perform(get("/criteria/import").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nạp bộ tiêu chí từ tệp")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("tối đa 2 MB")));
    }

    @Test
    void aCouncilMemberCannotOpenTheImportForm() throws Exception {
        mvc.perform(get("/criteria/import").with(TestUsers.councilMember())).andExpect(status().isForbidden());
    }

    /** Follows the redirect in the same (database) session, where the flash message waits. */
    private ResultActions followRedirect(MvcResult post, RequestPostProcessor user) throws Exception {
        Cookie session = post.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie holding the flash message").isNotNull();
        return mvc.perform(get(post.getResponse().getRedirectedUrl()).cookie(session).with(user));
    }

    @Test
    void anImportedVersionIsListedAndViewableAndAudited() throws Exception {
        MvcResult post = uploadAsAdministrator("C:\\fakepath\\bo-moi.yaml",
                ImportFixtures.utf8(ImportFixtures.everyRuleAs("TEST-IMPORT", "2025")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/criteria/TEST-IMPORT/2025"))
                .andExpect(flash().attribute("importedFrom", "bo-moi.yaml"))
                .andReturn();

        followRedirect(post, TestUsers.administrator())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nạp bộ tiêu chí TEST-IMPORT@2025 từ tệp «bo-moi.yaml».")))
                .andExpect(content().string(containsString("Bộ tiêu chí thử nghiệm – mỗi loại quy tắc một lần")));
        assertThat(versions.find("TEST-IMPORT", "2025")).isPresent();
        mvc.perform(get("/criteria").with(TestUsers.councilMember()))
                .andExpect(content().string(containsString("href=\"/criteria/TEST-IMPORT/2025\"")));
        mvc.perform(get("/criteria/TEST-IMPORT/2025").with(TestUsers.councilMember()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Đã nạp bộ tiêu chí"))));
        assertThat(jdbc.sql("""
                        SELECT actor || ' ' || action || ' ' || subject_type || ' ' || subject_id || ' ' || new_value
                        FROM audit_event WHERE subject_id = 'TEST-IMPORT@2025'""").query(String.class).list())
                .containsExactly("admin CRITERIA_VERSION_IMPORTED criteria_version TEST-IMPORT@2025"
                        + " TEST-IMPORT@2025 (đã ban hành) từ tệp «bo-moi.yaml»: 1 phụ lục, 13 tiêu chí");
    }

    @Test
    void aDraftIsImportedAndLabelledAsADraft() throws Exception {
        MvcResult post = uploadAsAdministrator("du-thao.yaml",
                ImportFixtures.utf8(ImportFixtures.draftAs("TEST-DRAFT", "2026")))
                .andExpect(redirectedUrl("/criteria/TEST-DRAFT/2026"))
                .andReturn();

        followRedirect(post, TestUsers.administrator())
                .andExpect(content().string(containsString("Đây là dự thảo, chưa được ban hành.")))
                .andExpect(content().string(containsString("id=\"draft-notice\"")));
        mvc.perform(get("/criteria").with(TestUsers.administrator()))
                .andExpect(content().string(containsString("text-bg-warning\">Dự thảo</span>")));
    }

    @Test
    void aFileWithSeveralProblemsShowsThemAllWithTheirLinesAndStoresNothing() throws Exception {
        String text = ImportFixtures.withThreeProblems("TEST-BAD");
        List<CriteriaProblem> expected = catchThrowableOfType(CriteriaFileException.class,
                () -> CriteriaFormat.read("sai.yaml", text)).problems();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        int before = storedVersions();

        ResultActions page = uploadAsAdministrator("sai.yaml", ImportFixtures.utf8(text))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tệp «sai.yaml» có " + expected.size() + " lỗi")))
                .andExpect(content().string(containsString("không có gì được lưu")))
                .andExpect(content().string(containsString("Loại quy tắc «ratio» không tồn tại")))
                .andExpect(content().string(containsString("RANDOM")));
        String html = page.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (CriteriaProblem p : expected) {
            assertThat(p.line()).isPositive();
            assertThat(html).contains("<td class=\"text-end problem-line\">" + p.line() + "</td>");
            assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(p.message(), "UTF-8"));
        }
        assertThat(storedVersions()).isEqualTo(before);
        assertThat(versions.exists("TEST-BAD", "1")).isFalse();
    }

    @Test
    void problemsAreShownInEnglishWhenAsked() throws Exception {
        mvc.perform(multipart("/criteria/import").file(new MockMultipartFile("file", "bad.yaml", "application/yaml",
                        ImportFixtures.utf8(ImportFixtures.withThreeProblems("TEST-BAD-EN")))).param("lang", "en")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Unknown rule type «ratio»")))
                .andExpect(content().string(containsString("so it was not imported; nothing was stored")))
                .andExpect(content().string(not(containsString("Loại quy tắc «ratio» không tồn tại"))));
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedInVietnamese() throws Exception {
        byte[] big = new byte[CriteriaUpload.MAX_BYTES + 1];
        Arrays.fill(big, (byte) '#');
        int before = storedVersions();

        uploadAsAdministrator("rat-lon.yaml", big)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tệp «rat-lon.yaml» lớn hơn 2 MB, là giới hạn dung lượng"
                        + " của tệp bộ tiêu chí")));
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void aBinaryFileIsRefusedWhateverItsName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        uploadAsAdministrator("bo-tieu-chi.yaml", png)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("không phải tệp văn bản")));
    }

    @Test
    void aFileInAnOldVietnameseEncodingIsRefusedWithTheLineToLookAt() throws Exception {
        byte[] latin1 = ImportFixtures.everyRuleAs("TEST-LATIN", "1").replace("Bộ tiêu chí thử nghiệm", "Thông tin")
                .getBytes(StandardCharsets.ISO_8859_1);

        uploadAsAdministrator("cu.yaml", latin1)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("không phải văn bản mã hóa UTF-8 (ký tự không hợp lệ ở dòng 5)")));
    }

    @Test
    void noFileChosenIsRefused() throws Exception {
        mvc.perform(multipart("/criteria/import").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chưa chọn tệp")));
    }

    @Test
    void theUploadedFileNameIsShownOnlySanitised() throws Exception {
        uploadAsAdministrator("<img src=x onerror=alert(1)>.yaml", ImportFixtures.utf8("format: ictindex-criteria/1\n"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("_img src_x onerror_alert(1)_.yaml")))
                .andExpect(content().string(not(containsString("onerror="))))
                .andExpect(content().string(not(containsString("&lt;img"))));
    }

    @Test
    void importingTheSameVersionTwiceSaysItExistsAndKeepsOne() throws Exception {
        byte[] file = ImportFixtures.utf8(ImportFixtures.everyRuleAs("TEST-TWICE", "1"));
        uploadAsAdministrator("lan-1.yaml", file).andExpect(status().is3xxRedirection());

        uploadAsAdministrator("lan-2.yaml", file)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Bộ tiêu chí TEST-TWICE@1 đã có trong hệ thống nên không"
                        + " được nạp lại")))
                .andExpect(content().string(containsString("href=\"/criteria/TEST-TWICE/1\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM criteria_version WHERE code = 'TEST-TWICE'").query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = 'TEST-TWICE@1'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void theReferenceSetCannotBeImportedOverItself() throws Exception {
        byte[] reference = new org.springframework.core.io.ClassPathResource("criteria-sets/bt-udcntt-2019.yaml")
                .getContentAsByteArray();

        uploadAsAdministrator("bt-udcntt-2019.yaml", reference)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("BT-UDCNTT@2019 đã có trong hệ thống")));
    }

    @Test
    void aVersionLabelThatCannotBePartOfAnAddressIsRefused() throws Exception {
        uploadAsAdministrator("nhan.yaml", ImportFixtures.utf8(ImportFixtures.everyRuleAs("TEST-LABEL", "2025/1")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Nhãn phiên bản «2025/1» chỉ được gồm")));
        assertThat(versions.exists("TEST-LABEL", "2025/1")).isFalse();
    }

    @Test
    void aCouncilMemberCannotImport() throws Exception {
        int before = storedVersions();

        upload("x.yaml", ImportFixtures.utf8(ImportFixtures.everyRuleAs("TEST-COUNCIL", "1")),
                TestUsers.councilMember(), csrf())
                .andExpect(status().isForbidden());
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void anImportWithoutTheCsrfTokenIsRejected() throws Exception {
        int before = storedVersions();

        upload("x.yaml", ImportFixtures.utf8(ImportFixtures.everyRuleAs("TEST-CSRF", "1")), TestUsers.administrator())
                .andExpect(status().isForbidden());
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorSeesTheImportButton() throws Exception {
        mvc.perform(get("/criteria").with(TestUsers.administrator()))
                .andExpect(content().string(containsString("href=\"/criteria/import\"")));
        mvc.perform(get("/criteria").with(TestUsers.councilMember()))
                .andExpect(content().string(not(containsString("href=\"/criteria/import\""))));
    }
}
