package vn.ictindex.criteria;

import java.nio.charset.StandardCharsets;

/** Criteria files to upload, made from the test set with one criterion per rule type. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** The test set under another code and version label, so that it is new to the database. */
    public static String everyRuleAs(String code, String version) {
        String text = CriteriaFixtures.text(CriteriaFixtures.EVERY_RULE)
                .replace("code: TEST-ALL-RULES", "code: " + code)
                .replace("version: \"1\"", "version: \"" + version + "\"");
        if (text.equals(CriteriaFixtures.text(CriteriaFixtures.EVERY_RULE))) {
            throw new IllegalStateException("every-rule.yaml changed: code and version not found");
        }
        return text;
    }

    /** The same, as a draft under discussion. */
    public static String draftAs(String code, String version) {
        return everyRuleAs(code, version).replace("status: issued", "status: draft");
    }

    /**
     * The test set with three mistakes an officer makes: a rule type that does not exist (A1), a target that is not a
     * share (A2) and a formula calling a function that is not allowed (C4).
     */
    public static String withThreeProblems(String code) {
        String text = everyRuleAs(code, "1")
                .replace("type: ratio_times_max", "type: ratio")
                .replace("target: 90%", "target: nhieu")
                .replace("IF(days_late <= 30, max_points / 2, 0)), 0)", "IF(days_late <= 30, RANDOM(), 0)), 0)");
        return text;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
