package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sở Tư pháp and Sở Y tế keep their libraries apart: neither can list, download, link, unlink or add to the other's,
 * whatever it puts in the address or the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvidenceIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    Periods periods;

    @Autowired
    Units units;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    EvidenceFixtures fixtures;
    CurrentUser justice;
    CurrentUser health;
    Period period;
    EvidenceItem justiceFile;

    @BeforeEach
    void aFileOfSoTuPhapLinkedToA1() {
        fixtures = new EvidenceFixtures(units, periods);
        justice = fixtures.justiceSpecialist();
        health = fixtures.healthSpecialist();
        period = fixtures.openPeriod();
        justiceFile = library.uploadFile(justice, fixtures.justice(), "Kế hoạch của Sở Tư pháp", "ke-hoach-stp.pdf",
                EvidenceSamples.pdf(), null);
        library.link(justice, justiceFile.id(), period.id(), "A1");
    }

    @Test
    void eachUnitListsOnlyItsOwnItems() throws Exception {
        library.uploadFile(health, fixtures.health(), "Kế hoạch của Sở Y tế", "ke-hoach-syt.pdf",
                EvidenceSamples.pdf(), null);

        mvc.perform(get("/evidence").with(user(health)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch của Sở Y tế")))
                .andExpect(content().string(not(containsString("Kế hoạch của Sở Tư pháp"))))
                .andExpect(content().string(not(containsString("/evidence/" + justiceFile.id() + "/"))));
        mvc.perform(get("/evidence").with(user(justice)))
                .andExpect(content().string(containsString("Kế hoạch của Sở Tư pháp")))
                .andExpect(content().string(not(containsString("Kế hoạch của Sở Y tế"))));
        assertThat(library.linkedTo(period.id(), fixtures.health())).isEmpty();
    }

    @Test
    void anotherUnitsFileCannotBeDownloadedOrPreviewedAndLooksMissing() throws Exception {
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(health))).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/{id}/preview", justiceFile.id()).with(user(health)))
                .andExpect(status().isNotFound());
        // the same answer as for an item that does not exist
        mvc.perform(get("/evidence/{id}/file", justiceFile.id() + 100_000).with(user(health)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(justice))).andExpect(status().isOk());
    }

    @Test
    void anotherUnitsItemCannotBeLinkedOrUnlinked() throws Exception {
        mvc.perform(post("/evidence/{id}/links", justiceFile.id()).param("nodeKey", "C3").with(csrf())
                .with(user(health))).andExpect(status().isNotFound());
        mvc.perform(post("/evidence/{id}/links/remove", justiceFile.id()).param("nodeKey", "A1").with(csrf())
                .with(user(health))).andExpect(status().isNotFound());

        assertThat(library.linkedTo(period.id(), fixtures.justice())).containsOnlyKeys("A1");
    }

    @Test
    void anUploadAlwaysLandsInTheUploadersOwnUnit() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                EvidenceSamples.pdf());

        mvc.perform(multipart("/evidence/files").file(file).param("title", "Báo cáo gửi nhầm")
                        .param("unitId", String.valueOf(fixtures.justice())).with(csrf()).with(user(health)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/evidence/references").param("title", "Văn bản gửi nhầm").param("docNumber", "1/SYT")
                        .param("unitId", String.valueOf(fixtures.justice())).with(csrf()).with(user(health)))
                .andExpect(status().is3xxRedirection());

        assertThat(library.library(fixtures.justice())).extracting(EvidenceItem::title)
                .containsExactly("Kế hoạch của Sở Tư pháp");
        assertThat(library.library(fixtures.health())).extracting(EvidenceItem::title)
                .containsExactlyInAnyOrder("Báo cáo gửi nhầm", "Văn bản gửi nhầm");
    }

    @Test
    void theServiceRefusesEveryRequestForAnotherUnit() {
        assertThatThrownBy(() -> library.uploadFile(health, fixtures.justice(), "Gửi nhầm", "a.pdf",
                EvidenceSamples.pdf(), null)).isInstanceOf(EvidenceException.class);
        assertThatThrownBy(() -> library.registerReference(health, fixtures.justice(), "Gửi nhầm", "1/SYT", null,
                null, null, null)).isInstanceOf(EvidenceException.class);
        assertThatThrownBy(() -> library.content(health, justiceFile.id()))
                .isInstanceOf(EvidenceNotFoundException.class);
        assertThatThrownBy(() -> library.link(health, justiceFile.id(), period.id(), "C3"))
                .isInstanceOf(EvidenceNotFoundException.class);
        assertThatThrownBy(() -> library.unlink(health, justiceFile.id(), period.id(), "A1"))
                .isInstanceOf(EvidenceNotFoundException.class);
        assertThat(library.library(fixtures.justice())).hasSize(1);
    }

    @Test
    void departmentStaffAndTheCouncilMayReadAFileButALeadershipViewerMayNot() {
        EvidenceFixtures.assignCouncilMember(jdbc, period.id(), fixtures.justice());
        assertThat(library.content(EvidenceFixtures.administrator(), justiceFile.id()).content())
                .isEqualTo(EvidenceSamples.pdf());
        assertThat(library.content(EvidenceFixtures.councilMember(), justiceFile.id()).fileName())
                .isEqualTo("ke-hoach-stp.pdf");
        assertThatThrownBy(() -> library.content(EvidenceFixtures.leadershipViewer(), justiceFile.id()))
                .isInstanceOf(EvidenceNotFoundException.class);
    }

    @Test
    void theLibraryScreensAreForUnitsOnly() throws Exception {
        mvc.perform(get("/evidence").with(user(EvidenceFixtures.councilMember()))).andExpect(status().isForbidden());
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(EvidenceFixtures.leadershipViewer())))
                .andExpect(status().isForbidden());
    }
}
