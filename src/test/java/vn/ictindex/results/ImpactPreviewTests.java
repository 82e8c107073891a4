package vn.ictindex.results;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaVersions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A draft criteria version applied to the last published results: old against new, and what the draft lacks. */
@SpringBootTest
@Transactional
class ImpactPreviewTests {

    @Autowired
    ImpactPreview impact;
    @Autowired
    CriteriaVersions criteria;

    @Test
    void aDraftThatChangesNothingMovesNoUnit() throws IOException {
        store("2097", shipped());

        ImpactPreview.Impact result = impact.of("BT-UDCNTT@2097");

        assertThat(result.groups()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.inDraft()).isTrue();
            assertThat(g.units()).isNotEmpty().allSatisfy(u -> {
                assertThat(u.newTotal()).isEqualByComparingTo(u.oldTotal());
                assertThat(u.newRank()).isEqualTo(u.oldRank());
                assertThat(u.newClass()).isEqualTo(u.oldClass());
                assertThat(u.missing()).isEmpty();
            });
        });
    }

    @Test
    void anInputTheDraftAsksForThatWasNeverCollectedIsListedAsMissingAndScoresNothing() throws IOException {
        store("2098", shipped().replace("staff_with_pc", "staff_with_laptop"));

        ImpactPreview.Impact result = impact.of("BT-UDCNTT@2098");

        ImpactPreview.GroupImpact appendixI = result.groups().stream().filter(g -> g.appendixId().equals("PL-I"))
                .findFirst().orElseThrow();
        assertThat(appendixI.units()).allSatisfy(u -> assertThat(u.missing()).contains("staff_with_laptop"));
        assertThat(appendixI.units()).anySatisfy(u -> assertThat(u.newTotal()).isLessThan(u.oldTotal()));
    }

    @Test
    void onlyADraftCanBePreviewed() {
        assertThatThrownBy(() -> impact.of("BT-UDCNTT@2019")).isInstanceOf(ResultsException.class)
                .hasMessageContaining("dự thảo");
        assertThat(impact.drafts()).doesNotContain("BT-UDCNTT@2019");
    }

    private void store(String version, String text) {
        String draft = text.replaceFirst("version: \"2019\"", "version: \"" + version + "\"")
                .replaceFirst("status: issued", "status: draft");
        criteria.store(CriteriaFormat.read("du-thao-" + version + ".yaml", draft), "test");
    }

    private static String shipped() throws IOException {
        try (var in = ImpactPreviewTests.class.getResourceAsStream("/criteria-sets/bt-udcntt-2019.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
