package vn.ictindex.criteria;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing a loaded version gives a file that loads to the same version, and writing is stable. */
class CriteriaRoundTripTests {

    @ParameterizedTest
    @ValueSource(strings = {CriteriaFixtures.EVERY_RULE, "criteria-sets/bt-udcntt-2019.yaml"})
    void writingALoadedVersionGivesAnEquivalentFile(String resource) {
        CriteriaVersion loaded = CriteriaFormat.read(resource, CriteriaFixtures.text(resource));

        String written = CriteriaFormat.write(loaded);
        CriteriaVersion reloaded = CriteriaFormat.read("written.yaml", written);

        assertThat(reloaded).isEqualTo(loaded);
        assertThat(CriteriaFormat.write(reloaded)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mức: cao", "yes", "2019", "#1", "a \"b\""})
    void awkwardTextSurvivesTheRoundTrip(String text) {
        CriteriaVersion loaded = CriteriaFixtures.everyRuleVersion();
        CriteriaVersion renamed = new CriteriaVersion(loaded.code(), loaded.version(), text, loaded.titleEn(),
                loaded.status(), loaded.decision(), loaded.effectiveFrom(), loaded.supersedes(), text + "\nthứ hai",
                loaded.appendices());

        assertThat(CriteriaFormat.read("written.yaml", CriteriaFormat.write(renamed))).isEqualTo(renamed);
    }
}
