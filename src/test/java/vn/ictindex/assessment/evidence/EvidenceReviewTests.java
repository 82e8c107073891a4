package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department opens any unit's evidence of a period, read-only, and a council member the evidence of the units it
 * appraises; an agency still reads only its own, and a leadership viewer none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvidenceReviewTests {

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
    Period period;
    EvidenceItem justiceFile;
    EvidenceItem justiceUnlinked;

    @BeforeEach
    void soTuPhapLinksAPlanToA1() {
        fixtures = new EvidenceFixtures(units, periods);
        period = fixtures.openPeriod();
        CurrentUser justice = fixtures.justiceSpecialist();
        justiceFile = library.uploadFile(justice, fixtures.justice(), "Kế hoạch ứng dụng CNTT của Sở Tư pháp",
                "ke-hoach-stp.pdf", EvidenceSamples.pdf(), null);
        library.link(justice, justiceFile.id(), period.id(), "A1");
        justiceUnlinked = library.registerReference(justice, fixtures.justice(), "Quy chế sử dụng thư điện tử",
                "15/QĐ-STP", null, null, null, null);
    }

    private String reviewOf(long unit) {
        return "/review/periods/" + period.id() + "/units/" + unit + "/evidence";
    }

    @Test
    void theDepartmentSeesTheUnitsEvidenceByCriterionAndItsWholeLibrary() throws Exception {
        mvc.perform(get(reviewOf(fixtures.justice())).with(user(EvidenceFixtures.administrator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-criterion=\"A1\"")))
                .andExpect(content().string(containsString("Kế hoạch ứng dụng CNTT của Sở Tư pháp")))
                .andExpect(content().string(containsString("Quy chế sử dụng thư điện tử")))
                .andExpect(content().string(containsString("/evidence/" + justiceFile.id() + "/file")));
        EvidenceReview review = library.review(EvidenceFixtures.administrator(), period.id(), fixtures.justice());
        assertThat(review.byCriterion()).containsOnlyKeys("A1");
        assertThat(review.criterionNames()).containsKey("A1");
        assertThat(review.library()).extracting(EvidenceItem::id)
                .containsExactlyInAnyOrder(justiceFile.id(), justiceUnlinked.id());
    }

    @Test
    void aCouncilMemberOpensThePageAndDownloadsTheFileOfAUnitItAppraises() throws Exception {
        EvidenceFixtures.assignCouncilMember(jdbc, period.id(), fixtures.justice());

        mvc.perform(get(reviewOf(fixtures.justice())).with(user(EvidenceFixtures.councilMember())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ke-hoach-stp.pdf")));
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(EvidenceFixtures.councilMember())))
                .andExpect(status().isOk())
                .andExpect(content().bytes(EvidenceSamples.pdf()));
        mvc.perform(get("/evidence/{id}/preview", justiceFile.id()).with(user(EvidenceFixtures.administrator())))
                .andExpect(status().isOk());
    }

    @Test
    void aCouncilMemberNotAssignedToTheUnitReadsNone() throws Exception {
        EvidenceFixtures.assignCouncilMember(jdbc, period.id(), fixtures.health());

        mvc.perform(get(reviewOf(fixtures.justice())).with(user(EvidenceFixtures.councilMember())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(EvidenceFixtures.councilMember())))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> library.content(EvidenceFixtures.councilMember(), justiceFile.id()))
                .isInstanceOf(EvidenceNotFoundException.class);
    }

    @Test
    void anAgencyCannotOpenTheReviewOfAnotherUnitNorItsOwnThroughIt() throws Exception {
        mvc.perform(get(reviewOf(fixtures.justice())).with(user(fixtures.healthSpecialist())))
                .andExpect(status().isForbidden());
        mvc.perform(get(reviewOf(fixtures.justice())).with(user(fixtures.justiceSpecialist())))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> library.review(fixtures.healthSpecialist(), period.id(), fixtures.justice()))
                .isInstanceOf(EvidenceNotFoundException.class);
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(fixtures.healthSpecialist())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLeadershipViewerReadsNoEvidence() throws Exception {
        mvc.perform(get(reviewOf(fixtures.justice())).with(user(EvidenceFixtures.leadershipViewer())))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> library.review(EvidenceFixtures.leadershipViewer(), period.id(),
                fixtures.justice())).isInstanceOf(EvidenceNotFoundException.class);
        mvc.perform(get("/evidence/{id}/file", justiceFile.id()).with(user(EvidenceFixtures.leadershipViewer())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPeriodOrUnitReadsAsNotFound() throws Exception {
        mvc.perform(get("/review/periods/999999/units/" + fixtures.justice() + "/evidence")
                .with(user(EvidenceFixtures.administrator()))).andExpect(status().isNotFound());
        mvc.perform(get(reviewOf(999_999)).with(user(EvidenceFixtures.administrator())))
                .andExpect(status().isNotFound());
    }
}
