package vn.ictindex.criteria.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.ictindex.criteria.CriteriaFixtures;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.support.TestUsers;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One criteria version as a tree, readable by anyone signed in: the reference set is loaded at start. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CriteriaVersionPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CriteriaVersions versions;

    private String page(String path, String lang) throws Exception {
        var request = get(path).with(TestUsers.councilMember());
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Test
    void theReferenceSetShowsItsDecisionAndEveryAppendix() throws Exception {
        String html = page("/criteria/BT-UDCNTT/2019", null);

        assertThat(html).contains("Bộ tiêu chí đánh giá kết quả hoạt động triển khai ứng dụng công nghệ thông tin")
                .contains("1867/QĐ-UBND").contains("ngày 23/07/2019")
                .contains("<dd class=\"col-sm-9\">2019</dd>")
                .contains("BT-UDCNTT@2017")
                .contains("BẢN TÁI DỰNG – không phải văn bản chính thức")
                .contains("Đã ban hành")
                .contains("id=\"appendix-PL-I\"").contains("id=\"appendix-PL-II\"")
                .contains("id=\"appendix-PL-III\"").contains("id=\"appendix-PL-IV\"")
                .contains("Khối sở, ban, ngành").contains("500 điểm")
                .contains("2 chữ số thập phân").contains("làm tròn nửa lên (như Excel)")
                .contains("Theo điểm quy đổi")
                .contains("<td>Khá</td>").contains("<td>từ 350 đến dưới 430</td>")
                .contains("<td>Tốt</td>").contains("<td>từ 430 đến 500</td>")
                .contains("<td>Yếu</td>").contains("<td>từ 0 đến dưới 250</td>")
                .contains("Theo tỷ lệ % so với điểm tối đa áp dụng").contains("bằng điểm thì đồng hạng")
                .doesNotContain("id=\"draft-notice\"");
    }

    @Test
    void theTreeShowsEachCriterionWithItsMaximumAndItsRuleInWords() throws Exception {
        String html = page("/criteria/BT-UDCNTT/2019", null);

        assertThat(html).contains("data-key=\"B1\"")
                .contains(html("Tỷ lệ cán bộ, công chức, viên chức được trang bị máy tính phục vụ công việc"))
                .contains("15 điểm")
                .contains(html("Điểm = điểm tối đa × «Số CBCCVC được trang bị máy tính phục vụ công việc» / «Tổng số"
                        + " CBCCVC của cơ quan, đơn vị (không kể lái xe, bảo vệ, tạp vụ)» (tỷ lệ tối đa 1)"))
                .contains(html("Ban hành kế hoạch đúng hoặc trước hạn do Sở TTTT quy định: 10 điểm"))
                .contains("<code class=\"formula\">" + html("IF(plan_issued, IF(plan_days_late <= 0, max_points,"
                        + " IF(plan_days_late <= 30, 5, 0)), 0)") + "</code>")
                .contains(html("Cộng điểm các mục đạt:"))
                .contains("Tổng điểm các tiêu chí con")
                .contains("Danh sách CBCCVC và thiết bị được giao (sổ tài sản)")
                .contains("Tài liệu kiểm chứng:").contains("bắt buộc")
                .contains("Không áp dụng:").contains("không được khai không áp dụng")
                .contains("Số CBCCVC được trang bị máy tính phục vụ công việc").contains("<code class=\"text-muted\">staff_with_pc</code>")
                .contains("Số nguyên").contains("≥ 0")
                .contains("staff_with_pc &lt;= staff_total");
    }

    @Test
    void subCriteriaAreNestedUnderTheirGroup() throws Exception {
        String html = page("/criteria/BT-UDCNTT/2019", null);

        int groupB = html.indexOf("data-key=\"B\"");
        int b1 = html.indexOf("data-key=\"B1\"", groupB);
        int groupC = html.indexOf("data-key=\"C\"", groupB);
        assertThat(groupB).isPositive();
        assertThat(b1).isBetween(groupB, groupC);
        assertThat(html.substring(groupB, b1)).contains("<ol class=\"list-unstyled mb-0 criteria-tree\">");
    }

    @Test
    void everyRuleTypeOfTheTestSetIsShownInWords() throws Exception {
        versions.store(CriteriaFixtures.everyRuleVersion(), "every-rule.yaml");

        String html = page("/criteria/TEST-ALL-RULES/1", null);

        assertThat(html)
                .contains(html("Điểm = điểm tối đa × «Số CBCCVC có máy tính» / «Tổng số CBCCVC» (tỷ lệ tối đa 1);"
                        + " mẫu số bằng 0: 0 điểm"))
                .contains(html("từ 4 trở lên: 10 điểm; từ 2 đến dưới 4: 1/2 điểm tối đa"))
                .contains(html("Theo lựa chọn «Trưởng ban là»: Chủ tịch: điểm tối đa"))
                .contains("<span>Chủ tịch (chairman); </span>").contains("<span>Chưa có (none)</span>")
                .contains("Hội đồng thẩm định chấm điểm, từ 0 đến 5 điểm")
                .contains("Điểm của trường hợp có điểm cao nhất trong các tiêu chí con: C3a, C3b")
                .contains("được khai; tiêu chí được loại khỏi điểm tối đa của đơn vị")
                .contains("Nộp tự đánh giá muộn").contains("tối đa 10 điểm")
                .contains("Theo tỷ lệ % so với điểm tối đa áp dụng");
    }

    @Test
    void theVersionPageSpeaksEnglishWhenAsked() throws Exception {
        String html = page("/criteria/BT-UDCNTT/2019", "en");

        assertThat(html).contains("Bình Thuận criteria for evaluating IT-application results")
                .contains("Share of staff with a work computer")
                .contains("<td>Fair</td>").contains("<td>from 350 to below 430</td>")
                .contains("Points = maximum × ")
                .contains("Issuing decision").contains("of 23/07/2019")
                .contains("Scoring guide").contains("may not be claimed")
                .contains("Download the criteria file (YAML)")
                .doesNotContain("Cách tính điểm");
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/criteria/KHONG-CO/1").with(TestUsers.councilMember())).andExpect(status().isNotFound());
        mvc.perform(get("/criteria/KHONG-CO/1/file").with(TestUsers.councilMember()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStoredFileIsDownloadedUnderASafeName() throws Exception {
        byte[] body = mvc.perform(get("/criteria/BT-UDCNTT/2019/file").with(TestUsers.councilMember()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/yaml;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"BT-UDCNTT-2019.yaml\""))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(versions.source("BT-UDCNTT", "2019").orElseThrow());
        CriteriaVersion read = CriteriaFormat.read("BT-UDCNTT-2019.yaml", text);
        assertThat(read).isEqualTo(versions.find("BT-UDCNTT", "2019").orElseThrow());
    }

    @Test
    void theDownloadNameKeepsOnlySafeCharacters() {
        assertThat(CriteriaVersionController.downloadName("BT-UDCNTT", "2019")).isEqualTo("BT-UDCNTT-2019.yaml");
        assertThat(CriteriaVersionController.downloadName("X", "a\"b;c\r\nd")).isEqualTo("X-a_b_c__d.yaml");
    }

    @Test
    void theVersionPageLinksToItsFile() throws Exception {
        mvc.perform(get("/criteria/BT-UDCNTT/2019").with(TestUsers.specialistOf(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/criteria/BT-UDCNTT/2019/file\"")))
                .andExpect(content().string(not(containsString("id=\"imported\""))));
    }
}
