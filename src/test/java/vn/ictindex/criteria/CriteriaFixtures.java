package vn.ictindex.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Criteria files the tests share, read from the test classpath. */
public final class CriteriaFixtures {

    /** The test set with one criterion per rule type (appendix PL-T, 100 points). */
    public static final String EVERY_RULE = "criteria/every-rule.yaml";

    private CriteriaFixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = CriteriaFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CriteriaVersion everyRuleVersion() {
        return CriteriaFormat.read("every-rule.yaml", text(EVERY_RULE));
    }
}
