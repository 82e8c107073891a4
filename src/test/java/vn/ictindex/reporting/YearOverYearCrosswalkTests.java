package vn.ictindex.reporting;

import org.junit.jupiter.api.Test;
import vn.ictindex.criteria.CriteriaFixtures;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.Crosswalk;
import vn.ictindex.scoring.Appendix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.criteria.Crosswalk.Kind.MERGED;
import static vn.ictindex.criteria.Crosswalk.Kind.RENAMED;
import static vn.ictindex.criteria.Crosswalk.Kind.SAME;
import static vn.ictindex.criteria.Crosswalk.Kind.SPLIT;

/** Which criteria groups of two periods can be compared: by key, or through the crosswalk between their versions. */
class YearOverYearCrosswalkTests {

    private static final Appendix APPENDIX_I = CriteriaFormat.read("bt-udcntt-2019.yaml",
            CriteriaFixtures.text("criteria-sets/bt-udcntt-2019.yaml")).appendix("PL-I").orElseThrow();

    private static Crosswalk.Entry entry(String from, String to, Crosswalk.Kind kind) {
        return new Crosswalk.Entry("PL-I", from, "PL-I", to, kind, null);
    }

    @Test
    void withoutACrosswalkGroupsWithTheSameKeyAreCompared() {
        Map<String, String> pairs = YearOverYear.comparableGroups(APPENDIX_I, "PL-I", APPENDIX_I, "PL-I",
                Optional.empty());

        assertThat(pairs).containsEntry("A", "A").containsEntry("F", "F").hasSize(APPENDIX_I.groups().size());
    }

    @Test
    void theCrosswalkPairsSameAndRenamedGroupsAndLeavesSplitsAndMergesIncomparable() {
        Crosswalk crosswalk = new Crosswalk("BT-UDCNTT@2019", "BT-UDCNTT@2027", List.of(
                entry("A", "A", SAME),
                entry("B", "C", RENAMED),
                entry("C", "D", SPLIT), entry("C", "E", SPLIT),
                entry("D", "F", MERGED), entry("E", "F", MERGED)), true, "admin", null, 1);

        Map<String, String> pairs = YearOverYear.comparableGroups(APPENDIX_I, "PL-I", APPENDIX_I, "PL-I",
                Optional.of(crosswalk));

        assertThat(pairs).containsOnly(Map.entry("A", "A"), Map.entry("C", "B"));
    }
}
