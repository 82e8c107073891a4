package vn.ictindex.organisation.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.organisation.LineageEvent;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.UnitKind;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.TestUsers;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.organisation.web.PageText.doesNotShow;
import static vn.ictindex.organisation.web.PageText.shows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitEditControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    Unit justice;
    Unit health;

    @BeforeEach
    void demoUnits() {
        justice = units.findByCode("BT-STP").orElseThrow();
        health = units.findByCode("BT-SYT").orElseThrow();
    }

    // --- creating a unit

    @Test
    void offersAnEmptyFormForANewUnit() throws Exception {
        mvc.perform(get("/admin/units/new").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Thêm đơn vị"))
                .andExpect(shows("name=\"code\""))
                .andExpect(shows("PL-IV"));
    }

    @Test
    void addsAUnitWithDatesTypedTheVietnameseWayAndAuditsIt() throws Exception {
        mvc.perform(newUnit("BT-SO_MOI.1", "Sở Khoa học, Công nghệ và Chuyển đổi số").param("shortName", "KHCN&CĐS")
                        .param("parentId", justice.id() + "").param("defaultAppendix", "PL-I")
                        .param("validFrom", "1/3/2025").param("validTo", "01/07/2026").param("note", "thử")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units"))
                .andExpect(flash().attribute("created", "Sở Khoa học, Công nghệ và Chuyển đổi số"));

        Unit added = units.findByCode("BT-SO_MOI.1").orElseThrow();
        assertThat(added.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(added.validTo()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(added.parentId()).isEqualTo(justice.id());
        assertThat(added.kind()).isEqualTo(UnitKind.DEPARTMENT);
        Map<String, Object> entry = lastAudit(added.id());
        assertThat(entry).containsEntry("action", "UNIT_CREATED").containsEntry("actor", "admin")
                .containsEntry("subject_type", "unit").containsEntry("subject_id", "BT-SO_MOI.1");
        assertThat((String) entry.get("new_value")).contains("validFrom=2025-03-01", "parent=BT-STP");
    }

    @Test
    void explainsEachProblemNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/units").param("code", "BT SỞ").param("name", " ").param("kind", "")
                        .param("validFrom", "31/02/2025").param("validTo", "2025-07-01").param("note", "ghi chú giữ lại")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Mã đơn vị chỉ gồm chữ cái không dấu"))
                .andExpect(shows("Không được để trống."))
                .andExpect(shows("Ngày phải có dạng dd/mm/yyyy"))
                .andExpect(shows("value=\"BT SỞ\""))
                .andExpect(shows("value=\"31/02/2025\""))
                .andExpect(shows("value=\"2025-07-01\""))
                .andExpect(shows("ghi chú giữ lại"))
                .andExpect(shows("is-invalid"));
        assertThat(units.findByCode("BT SỞ")).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsed() throws Exception {
        mvc.perform(newUnit("BT-STP", "Sở Tư pháp mới").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Mã đơn vị «BT-STP» đã được dùng"))
                .andExpect(shows("value=\"Sở Tư pháp mới\""));
    }

    @Test
    void refusesAnEndDateThatIsNotAfterTheStart() throws Exception {
        mvc.perform(newUnit("BT-NGAY", "Đơn vị ngày sai").param("validFrom", "01/07/2025")
                        .param("validTo", "01/07/2025").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động"));
        assertThat(units.findByCode("BT-NGAY")).isEmpty();
    }

    // --- editing a unit

    @Test
    void showsAUnitForEditingWithItsCodeFixedAndDatesAsTyped() throws Exception {
        mvc.perform(get("/admin/units/{id}", justice.id()).with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Đơn vị: Sở Tư pháp"))
                .andExpect(shows("value=\"01/01/2017\""))
                .andExpect(shows("readonly"))
                .andExpect(doesNotShow("name=\"code\""))
                .andExpect(shows("name=\"version\" value=\"" + justice.version() + "\""))
                .andExpect(shows("Chưa có sự kiện nào."));
    }

    @Test
    void anUnknownUnitIsNotFound() throws Exception {
        mvc.perform(get("/admin/units/{id}", 987654).with(TestUsers.administrator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void savesChangesAndAuditsOldAndNewValues() throws Exception {
        mvc.perform(edit(justice, "Sở Tư pháp tỉnh").param("validTo", "01/03/2025")
                        .param("version", justice.version() + "").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units/" + justice.id()))
                .andExpect(flash().attribute("saved", true));

        Unit saved = units.find(justice.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Sở Tư pháp tỉnh");
        assertThat(saved.code()).isEqualTo("BT-STP");
        assertThat(saved.validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(saved.version()).isEqualTo(justice.version() + 1);
        Map<String, Object> entry = lastAudit(justice.id());
        assertThat(entry).containsEntry("action", "UNIT_UPDATED").containsEntry("actor", "admin");
        assertThat((String) entry.get("old_value")).contains("name=Sở Tư pháp;", "validTo=;");
        assertThat((String) entry.get("new_value")).contains("name=Sở Tư pháp tỉnh;", "validTo=2025-03-01");
    }

    @Test
    void refusesAUnitAsItsOwnParent() throws Exception {
        mvc.perform(edit(justice, "Sở Tư pháp").param("parentId", justice.id() + "")
                        .param("version", justice.version() + "").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Đơn vị không thể trực thuộc chính nó"));
        assertThat(units.find(justice.id()).orElseThrow().parentId()).isNull();
    }

    @Test
    void refusesAParentThatBelongsToTheUnit() throws Exception {
        units.update(health.id(), health.version(), details(health, justice.id()), "test");

        mvc.perform(edit(justice, "Sở Tư pháp").param("parentId", health.id() + "")
                        .param("version", justice.version() + "").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("đang trực thuộc đơn vị đang sửa"));
    }

    @Test
    void whenSomeoneElseSavedFirstShowsTheirValuesAndKeepsTheInput() throws Exception {
        int startedFrom = justice.version();
        units.update(justice.id(), startedFrom, renamed(justice, "Sở Tư pháp (người khác sửa)"),
                "other.admin");

        mvc.perform(edit(justice, "Sở Tư pháp (tôi sửa)").param("note", "ghi chú của tôi")
                        .param("version", startedFrom + "").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(shows("đã được người khác lưu"))
                .andExpect(shows("Sở Tư pháp (người khác sửa)"))
                .andExpect(shows("value=\"Sở Tư pháp (tôi sửa)\""))
                .andExpect(shows("ghi chú của tôi"))
                .andExpect(shows("name=\"version\" value=\"" + (startedFrom + 1) + "\""));
        assertThat(units.find(justice.id()).orElseThrow().name()).isEqualTo("Sở Tư pháp (người khác sửa)");
    }

    @Test
    void savingAgainAfterSeeingTheConflictReplacesTheOtherChange() throws Exception {
        units.update(justice.id(), justice.version(), renamed(justice, "Bản của người khác"), "x");

        mvc.perform(edit(justice, "Bản của tôi").param("version", (justice.version() + 1) + "")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(units.find(justice.id()).orElseThrow().name()).isEqualTo("Bản của tôi");
    }

    // --- lineage

    @Test
    void recordsALineageEventAndListsItOnTheUnitsPage() throws Exception {
        mvc.perform(post("/admin/units/{id}/lineage", justice.id()).param("event", "MERGED_INTO")
                        .param("date", "01/07/2025").param("successorId", health.id() + "")
                        .param("successorText", "").param("note", "Theo Nghị quyết sắp xếp")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units/" + justice.id() + "#lineage"))
                .andExpect(flash().attribute("lineageAdded", true));

        assertThat(units.lineage(justice.id())).singleElement()
                .satisfies(l -> assertThat(l.event()).isEqualTo(LineageEvent.MERGED_INTO))
                .satisfies(l -> assertThat(l.successorId()).isEqualTo(health.id()));
        assertThat(lastAudit(justice.id())).containsEntry("action", "UNIT_LINEAGE_ADDED")
                .containsEntry("subject_id", "BT-STP");
        mvc.perform(get("/admin/units/{id}", justice.id()).with(TestUsers.administrator()))
                .andExpect(shows("Sáp nhập vào"))
                .andExpect(shows("Sở Y tế (BT-SYT)"))
                .andExpect(shows("Theo Nghị quyết sắp xếp"));
    }

    @Test
    void aLineageEventWithProblemsComesBackWithItsInput() throws Exception {
        mvc.perform(post("/admin/units/{id}/lineage", justice.id()).param("event", "SPLIT_INTO")
                        .param("date", "32/07/2025").param("successorId", "").param("successorText", "")
                        .param("note", "ghi chú sự kiện").with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Ngày phải có dạng dd/mm/yyyy"))
                .andExpect(shows("Cần chọn đơn vị kế thừa hoặc ghi tên đơn vị kế thừa"))
                .andExpect(shows("value=\"32/07/2025\""))
                .andExpect(shows("ghi chú sự kiện"))
                .andExpect(shows("value=\"Sở Tư pháp\""));
        assertThat(units.lineage(justice.id())).isEmpty();
    }

    @Test
    void anAbolishedUnitHasNoSuccessorAndNoUnitSucceedsItself() throws Exception {
        mvc.perform(post("/admin/units/{id}/lineage", justice.id()).param("event", "ABOLISHED")
                        .param("date", "01/07/2025").param("successorText", "Sở nào đó")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Đơn vị giải thể không có đơn vị kế thừa"));
        mvc.perform(post("/admin/units/{id}/lineage", justice.id()).param("event", "RENAMED")
                        .param("date", "01/07/2025").param("successorId", justice.id() + "")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Đơn vị kế thừa phải là một đơn vị khác"));
        assertThat(units.lineage(justice.id())).isEmpty();
    }

    // --- who may

    @Test
    void onlyTheAdministratorReachesTheseScreens() throws Exception {
        mvc.perform(get("/admin/units/new").with(TestUsers.specialistOf(justice.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/units/{id}", justice.id()).with(TestUsers.councilMember()))
                .andExpect(status().isForbidden());
        mvc.perform(newUnit("BT-LEN", "Đơn vị lén").with(TestUsers.specialistOf(justice.id())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(edit(justice, "Đổi tên lén").param("version", justice.version() + "")
                        .with(TestUsers.councilMember()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/{id}/lineage", justice.id()).param("event", "ABOLISHED")
                        .param("date", "01/07/2025").with(TestUsers.specialistOf(justice.id())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode("BT-LEN")).isEmpty();
        assertThat(units.find(justice.id()).orElseThrow().name()).isEqualTo("Sở Tư pháp");
        assertThat(units.lineage(justice.id())).isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(newUnit("BT-CSRF", "Đơn vị không token").with(TestUsers.administrator()))
                .andExpect(status().isForbidden());
        mvc.perform(edit(justice, "Không token").param("version", justice.version() + "")
                        .with(TestUsers.administrator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/{id}/lineage", justice.id()).param("event", "ABOLISHED")
                        .param("date", "01/07/2025").with(TestUsers.administrator()))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode("BT-CSRF")).isEmpty();
        assertThat(units.find(justice.id()).orElseThrow().name()).isEqualTo("Sở Tư pháp");
        assertThat(units.lineage(justice.id())).isEmpty();
    }

    private static MockHttpServletRequestBuilder newUnit(String code, String name) {
        return post("/admin/units").param("code", code).param("name", name).param("kind", "DEPARTMENT");
    }

    private static MockHttpServletRequestBuilder edit(Unit unit, String name) {
        return post("/admin/units/{id}", unit.id()).param("name", name).param("kind", unit.kind().name())
                .param("defaultAppendix", unit.defaultAppendix()).param("validFrom", "01/01/2017");
    }

    private static Units.UnitDetails details(Unit u, Long parentId) {
        return new Units.UnitDetails(u.code(), u.name(), u.shortName(), u.kind(), parentId, u.defaultAppendix(),
                u.validFrom(), u.validTo(), u.note());
    }

    private static Units.UnitDetails renamed(Unit u, String name) {
        return new Units.UnitDetails(u.code(), name, u.shortName(), u.kind(), u.parentId(), u.defaultAppendix(),
                u.validFrom(), u.validTo(), u.note());
    }

    private Map<String, Object> lastAudit(long unitId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE unit_id = :u ORDER BY id DESC LIMIT 1").param("u", unitId)
                .query().singleRow();
    }
}
