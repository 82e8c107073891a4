package vn.ictindex.criteria.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.ictindex.criteria.CriteriaDrafts;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.DraftEdits;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.support.TestUsers;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The department drafts a revision of the reference set in the browser: start, edit, see problems, issue. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CriteriaDraftPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CriteriaVersions versions;

    @Autowired
    CriteriaDrafts drafts;

    private String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.administrator()).with(csrf()));
    }

    private int lock() {
        return versions.state("BT-UDCNTT", "2020").orElseThrow().lockVersion();
    }

    private void startDraft() throws Exception {
        asAdmin(post("/criteria/BT-UDCNTT/2019/drafts").param("label", "2020"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/criteria/BT-UDCNTT/2020/edit"));
    }

    private MockHttpServletRequestBuilder nodeForm(String key, String name, String max, int lock) {
        CriteriaVersion draft = versions.find("BT-UDCNTT", "2020").orElseThrow();
        return nodeForm(key, name, max, lock, CriteriaFormat.writeScoring(DraftEdits.node(draft, "PL-I", key)));
    }

    private MockHttpServletRequestBuilder nodeForm(String key, String name, String max, int lock, String scoring) {
        CriteriaVersion draft = versions.find("BT-UDCNTT", "2020").orElseThrow();
        var node = DraftEdits.node(draft, "PL-I", key);
        return post("/criteria/BT-UDCNTT/2020/edit/node").param("appendix", "PL-I").param("key", key)
                .param("lock", String.valueOf(lock)).param("name", name).param("max", max)
                .param("evidence", node.evidence().name()).param("notApplicable", node.notApplicable().name())
                .param("nameEn", node.nameEn() == null ? "" : node.nameEn())
                .param("guide", node.guide() == null ? "" : node.guide())
                .param("evidenceItems", String.join("\n", node.evidenceItems()))
                .param("scoring", scoring);
    }

    @Test
    void aDraftStartsFromTheIssuedSetAndOpensInTheEditorAsAValidTree() throws Exception {
        startDraft();

        String html = body(asAdmin(get("/criteria/BT-UDCNTT/2020/edit")).andExpect(status().isOk()));

        assertThat(versions.find("BT-UDCNTT", "2020").orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(html).contains("Sửa dự thảo BT-UDCNTT@2020").contains("Dự thảo hợp lệ")
                .contains("id=\"node-A1\"").contains("id=\"appendix-PL-IV\"")
                .contains("href=\"/criteria/diff?from=BT-UDCNTT@2019&amp;to=BT-UDCNTT@2020\"");
    }

    @Test
    void changedPointsAreStoredAndTheParentsProblemIsShownNextToIt() throws Exception {
        startDraft();

        asAdmin(nodeForm("A1", "Tỷ lệ CBCCVC có máy tính (sửa)", "12", lock()))
                .andExpect(status().is3xxRedirection());
        String html = body(asAdmin(get("/criteria/BT-UDCNTT/2020/edit").param("appendix", "PL-I")
                .param("node", "A1")).andExpect(status().isOk()));

        assertThat(DraftEdits.node(versions.find("BT-UDCNTT", "2020").orElseThrow(), "PL-I", "A1").maxPoints())
                .isEqualByComparingTo("12");
        int groupA = html.indexOf("id=\"node-A\"");
        int problem = html.indexOf("Điểm tối đa của các tiêu chí con cộng lại là 62");
        int nodeA1 = html.indexOf("id=\"node-A1\"");
        assertThat(groupA).isPositive();
        assertThat(problem).isGreaterThan(groupA).isLessThan(nodeA1);
        assertThat(html).contains("Σ 62 /").contains(HtmlUtils.htmlEscape("Tỷ lệ CBCCVC có máy tính (sửa)", "UTF-8"))
                .contains("id=\"issue-button\" disabled");
    }

    @Test
    void aStaleEditIsRefusedWithWhatWasTypedKept() throws Exception {
        startDraft();
        int stale = lock();
        asAdmin(nodeForm("A1", "Tên thứ nhất", "10", stale)).andExpect(status().is3xxRedirection());

        String html = body(asAdmin(nodeForm("A1", "Tên thứ hai", "10", stale)).andExpect(status().isConflict()));

        assertThat(html).contains("vừa được sửa ở nơi khác").contains("Tên thứ hai");
        assertThat(DraftEdits.node(versions.find("BT-UDCNTT", "2020").orElseThrow(), "PL-I", "A1").name())
                .isEqualTo("Tên thứ nhất");
    }

    @Test
    void aScoringRuleThatCannotBeReadIsExplainedBesideTheFieldAndNothingIsStored() throws Exception {
        startDraft();
        CriteriaVersion before = versions.find("BT-UDCNTT", "2020").orElseThrow();

        String html = body(asAdmin(nodeForm("A1", "Tên", "10", lock(), "rule:\n  type: ratio\n"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(html).contains(HtmlUtils.htmlEscape("Loại quy tắc «ratio» không tồn tại", "UTF-8")).contains("type: ratio");
        assertThat(versions.find("BT-UDCNTT", "2020").orElseThrow()).isEqualTo(before);
    }

    @Test
    void nodesAreAddedMovedAndRemovedWithTheirKeysKept() throws Exception {
        startDraft();
        asAdmin(post("/criteria/BT-UDCNTT/2020/edit/add").param("appendix", "PL-I").param("parent", "B")
                .param("name", "Ứng dụng trí tuệ nhân tạo").param("max", "5").param("lock", String.valueOf(lock())))
                .andExpect(status().is3xxRedirection());
        asAdmin(post("/criteria/BT-UDCNTT/2020/edit/move").param("appendix", "PL-I").param("key", "C9")
                .param("target", "PL-I|D").param("lock", String.valueOf(lock())))
                .andExpect(status().is3xxRedirection());
        asAdmin(post("/criteria/BT-UDCNTT/2020/edit/remove").param("appendix", "PL-I").param("key", "E4")
                .param("lock", String.valueOf(lock()))).andExpect(status().is3xxRedirection());

        CriteriaVersion draft = versions.find("BT-UDCNTT", "2020").orElseThrow();
        assertThat(DraftEdits.parent(draft.appendix("PL-I").orElseThrow(), "C9").orElseThrow().key()).isEqualTo("D");
        assertThat(draft.appendix("PL-I").orElseThrow().node("E4")).isEmpty();
        assertThat(draft.appendix("PL-I").orElseThrow().node("B7").orElseThrow().name())
                .isEqualTo("Ứng dụng trí tuệ nhân tạo");

        String diff = body(asAdmin(get("/criteria/diff").param("from", "BT-UDCNTT@2019")
                .param("to", "BT-UDCNTT@2020")).andExpect(status().isOk()));
        assertThat(diff).contains("data-kind=\"NODE_ADDED\" data-key=\"B7\"")
                .contains("data-kind=\"NODE_MOVED\" data-key=\"C9\"")
                .contains("data-kind=\"NODE_REMOVED\" data-key=\"E4\"")
                .contains("1. Về bố cục của bộ tiêu chí: không thay đổi.");
    }

    @Test
    void theAmendmentAppendixIsARealWordAndPdfDocument() throws Exception {
        startDraft();
        asAdmin(nodeForm("A1", "Tỷ lệ máy tính", "12", lock())).andExpect(status().is3xxRedirection());

        byte[] docx = asAdmin(get("/criteria/diff.docx").param("from", "BT-UDCNTT@2019")
                .param("to", "BT-UDCNTT@2020")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        byte[] pdf = asAdmin(get("/criteria/diff.pdf").param("from", "BT-UDCNTT@2019")
                .param("to", "BT-UDCNTT@2020")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();

        // Kept as samples of the generated document (docs/screenshots/ holds a copy).
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/amendment-appendix.docx"), docx);
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/amendment-appendix.pdf"), pdf);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("NHỮNG NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG")
                    .contains("1. Về bố cục của bộ tiêu chí: không thay đổi.")
                    .contains("Điều chỉnh điểm tối đa của tiêu chí A1 «Tỷ lệ máy tính» từ 10 điểm thành 12 điểm.");
            assertThat(document.getTables()).anySatisfy(t -> assertThat(t.getRow(0).getTableCells())
                    .extracting(org.apache.poi.xwpf.usermodel.XWPFTableCell::getText)
                    .containsExactly("STT", "Mã", "Nội dung điều chỉnh, bổ sung", "Trước", "Sau"));
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("NHỮNG NỘI DUNG ĐIỀU CHỈNH").contains("Tỷ lệ máy tính");
        }
    }

    @Test
    void anIssuedVersionCannotBeEditedFromTheBrowser() throws Exception {
        int lock = versions.state("BT-UDCNTT", "2019").orElseThrow().lockVersion();
        CriteriaVersion before = versions.find("BT-UDCNTT", "2019").orElseThrow();

        String page = body(asAdmin(get("/criteria/BT-UDCNTT/2019/edit")).andExpect(status().isOk()));
        String refused = body(asAdmin(post("/criteria/BT-UDCNTT/2019/edit/remove").param("appendix", "PL-I")
                .param("key", "A1").param("lock", String.valueOf(lock))).andExpect(status().isUnprocessableContent()));

        assertThat(page).contains("id=\"not-editable\"").doesNotContain("id=\"node-form\"");
        assertThat(refused).contains("đã ban hành nên không sửa được");
        assertThat(versions.find("BT-UDCNTT", "2019").orElseThrow()).isEqualTo(before);
    }

    @Test
    void onlyTheDepartmentOpensTheEditor() throws Exception {
        mvc.perform(get("/criteria/BT-UDCNTT/2019/edit").with(TestUsers.councilMember()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/criteria/BT-UDCNTT/2019/drafts").param("label", "2020").with(TestUsers.specialistOf(1))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(versions.exists("BT-UDCNTT", "2020")).isFalse();
    }

    @Test
    void issuingNeedsAValidDateAndThenMarksTheOldVersionSuperseded() throws Exception {
        startDraft();

        String refused = body(asAdmin(post("/criteria/BT-UDCNTT/2020/issue").param("lock", String.valueOf(lock()))
                .param("number", "99/QĐ-UBND").param("date", "31/02/2020").param("signer", "Chủ tịch UBND tỉnh")
                .param("effectiveFrom", "2020")).andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("Ngày ký theo dạng ngày/tháng/năm").contains("99/QĐ-UBND");

        asAdmin(post("/criteria/BT-UDCNTT/2020/issue").param("lock", String.valueOf(lock()))
                .param("number", "99/QĐ-UBND").param("date", "15/03/2020").param("signer", "Chủ tịch UBND tỉnh")
                .param("effectiveFrom", "2020"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/criteria/BT-UDCNTT/2020"));

        assertThat(versions.find("BT-UDCNTT", "2020").orElseThrow().status()).isEqualTo(VersionStatus.ISSUED);
        String old = body(mvc.perform(get("/criteria/BT-UDCNTT/2019").with(TestUsers.councilMember())));
        assertThat(old).contains("id=\"superseded-by\"").contains("BT-UDCNTT@2020");
        assertThat(body(mvc.perform(get("/criteria").with(TestUsers.councilMember()))))
                .contains("đã được thay thế bởi BT-UDCNTT@2020");
        String newPeriod = body(asAdmin(get("/periods/new")).andExpect(status().isOk()));
        assertThat(newPeriod).contains("<option value=\"BT-UDCNTT@2020\" selected=\"selected\">");
    }

    @Test
    void theCrosswalkIsProposedThenConfirmedOnItsPage() throws Exception {
        startDraft();
        asAdmin(nodeForm("A1", "Tỷ lệ máy tính", "10", lock())).andExpect(status().is3xxRedirection());

        String proposal = body(asAdmin(get("/criteria/crosswalk").param("from", "BT-UDCNTT@2019")
                .param("to", "BT-UDCNTT@2020")).andExpect(status().isOk()));
        assertThat(proposal).contains("Đề xuất tự động").contains("<option value=\"RENAMED\" selected=\"selected\">");

        asAdmin(post("/criteria/crosswalk").param("from", "BT-UDCNTT@2019").param("to", "BT-UDCNTT@2020")
                .param("lock", "0")
                .param("fromAppendix", "PL-I", "PL-I").param("fromKey", "A1", "ZZ")
                .param("kind", "RENAMED", "SAME").param("toAppendix", "PL-I", "PL-I").param("toKey", "A1", "A2")
                .param("note", "Đổi tên, giữ nội dung", ""))
                .andExpect(status().isUnprocessableContent());
        asAdmin(post("/criteria/crosswalk").param("from", "BT-UDCNTT@2019").param("to", "BT-UDCNTT@2020")
                .param("lock", "0")
                .param("fromAppendix", "PL-I", "").param("fromKey", "A1", "")
                .param("kind", "RENAMED", "").param("toAppendix", "PL-I", "").param("toKey", "A1", "")
                .param("note", "Đổi tên, giữ nội dung", ""))
                .andExpect(status().is3xxRedirection());

        String confirmed = body(asAdmin(get("/criteria/crosswalk").param("from", "BT-UDCNTT@2019")
                .param("to", "BT-UDCNTT@2020")));
        assertThat(confirmed).contains("Sở đã xác nhận (admin").contains("Đổi tên, giữ nội dung");
    }
}
