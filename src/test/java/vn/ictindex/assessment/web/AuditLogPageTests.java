package vn.ictindex.assessment.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.AuditLog;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail page: the department filters by unit, period and action and checks the chain; an agency reads only
 * its own unit's entries, whatever it puts in the address; the council and viewers read none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditLogPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    Units units;
    @Autowired
    Periods periods;
    @Autowired
    JdbcClient jdbc;

    long justice;
    long health;
    Period period;

    @BeforeEach
    void entriesOfTwoUnits() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        trail.record("stp.lanhdao", "SELF_ASSESSMENT_SUBMITTED", "self_assessment", "1", justice, period.id(),
                "COMPLETED", "SUBMITTED", "Nộp đúng hạn – Sở Tư pháp");
        trail.record("admin", "PERIOD_EXTENSION_GRANTED", "period", String.valueOf(period.id()), health, period.id(),
                "30/11/2026", "07/12/2026", "Sở Y tế xin gia hạn vì sự cố máy chủ");
    }

    private static CurrentUser admin() {
        return new CurrentUser(1, "admin", "Quản trị", Role.ADMIN, null, null, true);
    }

    private CurrentUser specialist(long unit) {
        return new CurrentUser(500 + unit, "cv" + unit, "Chuyên viên", Role.SPECIALIST, unit, null, true);
    }

    @Test
    void theDepartmentSeesEveryUnitWithVietnameseLabelsNewestFirst() throws Exception {
        String page = mvc.perform(get("/audit").param("period", String.valueOf(period.id())).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nộp bản tự đánh giá")))
                .andExpect(content().string(containsString("Gia hạn tự đánh giá")))
                .andExpect(content().string(containsString("Sở Y tế xin gia hạn vì sự cố máy chủ")))
                .andExpect(content().string(containsString("30/11/2026")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Sở Y tế xin gia hạn")).isLessThan(page.indexOf("Nộp đúng hạn – Sở Tư pháp"));
        assertThat(page).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void theDepartmentFiltersByUnitAndByAction() throws Exception {
        mvc.perform(get("/audit").param("unit", String.valueOf(justice)).with(user(admin())))
                .andExpect(content().string(containsString("Nộp đúng hạn – Sở Tư pháp")))
                .andExpect(content().string(not(containsString("Sở Y tế xin gia hạn"))));
        mvc.perform(get("/audit").param("action", "PERIOD_EXTENSION_GRANTED").with(user(admin())))
                .andExpect(content().string(containsString("Sở Y tế xin gia hạn")))
                .andExpect(content().string(not(containsString("Nộp đúng hạn – Sở Tư pháp"))));
    }

    @Test
    void anAgencySeesOnlyItsOwnUnit() throws Exception {
        mvc.perform(get("/audit").param("unit", "own").with(user(specialist(justice))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nộp đúng hạn – Sở Tư pháp")))
                .andExpect(content().string(not(containsString("Sở Y tế xin gia hạn"))))
                .andExpect(content().string(not(containsString("Kiểm tra tính toàn vẹn"))));
        mvc.perform(get("/audit").with(user(specialist(health))))
                .andExpect(content().string(containsString("Sở Y tế xin gia hạn")))
                .andExpect(content().string(not(containsString("Nộp đúng hạn – Sở Tư pháp"))));
    }

    @Test
    void anAgencyAskingForAnotherUnitIsRefused() throws Exception {
        mvc.perform(get("/audit").param("unit", String.valueOf(health)).with(user(specialist(justice))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> log.read(specialist(justice), String.valueOf(health), null, null, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(log.read(specialist(justice), "", null, null, 0).entries())
                .allSatisfy(e -> assertThat(e.unitId()).isEqualTo(justice));
    }

    @Test
    void councilMembersAndViewersReadNoAuditTrail() throws Exception {
        mvc.perform(get("/audit").with(user(new CurrentUser(300, "hoidong", "HĐ", Role.COUNCIL, null, null, true))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(new CurrentUser(400, "lanhdao", "LĐ", Role.VIEWER, null, null, true))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDepartmentChecksTheChainFromThePage() throws Exception {
        mvc.perform(post("/audit/verify").with(csrf()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification\"")))
                .andExpect(content().string(containsString(log.verify(admin()).message())));
        mvc.perform(post("/audit/verify").with(csrf()).with(user(specialist(justice))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(user(admin()))).andExpect(status().isForbidden());
    }

    @Test
    void aTamperedEntryIsNamedOnThePage() throws Exception {
        // a chain of our own, so that what other tests left behind does not decide the result (rolled back)
        jdbc.sql("DELETE FROM audit_event").update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = 0, last_hash = :g").param("g", "0".repeat(64)).update();
        entriesOfTwoUnits();
        long last = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
        jdbc.sql("UPDATE audit_event SET reason = 'sửa lén' WHERE id = :id").param("id", last).update();

        mvc.perform(post("/audit/verify").with(csrf()).with(user(admin())))
                .andExpect(content().string(containsString("alert alert-danger")))
                .andExpect(content().string(containsString("bản ghi số " + last)));
    }
}
