package vn.ictindex.criteria.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.criteria.CriteriaFixtures;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.support.TestUsers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CriteriaVersionsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CriteriaVersions versions;

    @Test
    void listsEachVersionWithItsDecisionAndAppendicesInVietnamese() throws Exception {
        versions.store(CriteriaFixtures.everyRuleVersion(), "every-rule.yaml");

        mvc.perform(get("/criteria").with(TestUsers.councilMember()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bộ tiêu chí thử nghiệm – mỗi loại quy tắc một lần")))
                .andExpect(content().string(containsString("1/QĐ-TEST")))
                .andExpect(content().string(containsString("ngày 01/02/2019")))
                .andExpect(content().string(containsString("Đã ban hành")))
                .andExpect(content().string(containsString("Nhóm thử nghiệm")));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        versions.store(CriteriaFixtures.everyRuleVersion(), "every-rule.yaml");

        mvc.perform(get("/criteria").param("lang", "en").with(TestUsers.councilMember()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Criteria sets")))
                .andExpect(content().string(containsString("Issued")));
    }

    @Test
    void eachTitleLeadsToItsVersionPage() throws Exception {
        mvc.perform(get("/criteria").with(TestUsers.councilMember()))
                .andExpect(content().string(containsString("<a href=\"/criteria/BT-UDCNTT/2019\">")));
    }

    @Test
    void theEffectiveYearIsWrittenAsAYearNotAsANumber() throws Exception {
        mvc.perform(get("/criteria").with(TestUsers.councilMember()))
                .andExpect(content().string(containsString("áp dụng từ năm 2019")))
                .andExpect(content().string(not(containsString("2.019"))));
    }

    @Test
    void theStartPageLeadsToTheCriteriaSets() throws Exception {
        mvc.perform(get("/").with(TestUsers.councilMember())).andExpect(status().is3xxRedirection());
    }
}
