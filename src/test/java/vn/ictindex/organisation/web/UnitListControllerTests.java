package vn.ictindex.organisation.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.organisation.UnitKind;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.TestUsers;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.organisation.web.PageText.doesNotShow;
import static vn.ictindex.organisation.web.PageText.shows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitListControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Test
    void listsEveryUnitInVietnameseAlphabeticalOrderWithItsKindAppendixAndDates() throws Exception {
        String page = mvc.perform(get("/admin/units").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("BT-STP"))
                .andExpect(shows("Sở, ban, ngành"))
                .andExpect(shows("01/01/2017"))
                .andReturn().getResponse().getContentAsString();

        // Đ sorts between D and E (not after Z as in code point order), Ư after U
        assertThat(page.indexOf("Đài Phát thanh")).isPositive().isLessThan(page.indexOf("Sở Công Thương"));
        assertThat(page.indexOf("UBND huyện Bắc Bình")).isLessThan(page.indexOf("UBND huyện Đức Linh"));
        assertThat(page.indexOf("UBND huyện Đức Linh")).isLessThan(page.indexOf("UBND huyện Hàm Tân"));
        assertThat(page.indexOf("Sở Tài nguyên")).isLessThan(page.indexOf("Sở Tư pháp"));
    }

    @Test
    void marksAUnitThatNoLongerExistsToday() throws Exception {
        units.create(new Units.UnitDetails("BT-CU", "Sở Cũ Đã Giải Thể", null, UnitKind.DEPARTMENT, null, "PL-I",
                LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1), null), "test");

        mvc.perform(get("/admin/units").param("q", "giai the").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Sở Cũ Đã Giải Thể"))
                .andExpect(shows("01/01/2020"))
                .andExpect(shows("Đã ngừng hoạt động"));
    }

    @Test
    void findsUnitsByWordsTypedWithoutAccents() throws Exception {
        mvc.perform(get("/admin/units").param("q", "so tu phap").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Sở Tư pháp"))
                .andExpect(doesNotShow("Sở Y tế"));
    }

    @Test
    void filtersByKindAndByAppendix() throws Exception {
        mvc.perform(get("/admin/units").param("kind", "DEPARTMENT").param("appendix", "PL-I")
                        .with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Sở Tư pháp"))
                .andExpect(doesNotShow("Thanh tra tỉnh"))
                .andExpect(doesNotShow("Văn phòng Ủy ban nhân dân tỉnh"));

        mvc.perform(get("/admin/units").param("kind", "OFFICE").with(TestUsers.administrator()))
                .andExpect(shows("Văn phòng Ủy ban nhân dân tỉnh"))
                .andExpect(doesNotShow("Sở Tư pháp"));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/admin/units").param("lang", "en").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Add a unit"))
                .andExpect(shows("Department or agency"));
    }

    @Test
    void isForTheAdministratorOnly() throws Exception {
        long justice = units.findByCode("BT-STP").orElseThrow().id();
        mvc.perform(get("/admin/units").with(TestUsers.specialistOf(justice))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/units").with(TestUsers.councilMember())).andExpect(status().isForbidden());
    }
}
