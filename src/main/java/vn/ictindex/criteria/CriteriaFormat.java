package vn.ictindex.criteria;

import vn.ictindex.criteria.format.CriteriaReader;
import vn.ictindex.criteria.format.CriteriaValidator;
import vn.ictindex.criteria.format.CriteriaWriter;
import vn.ictindex.criteria.format.Problems;

import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.Rule;

import java.util.List;

/**
 * The criteria file format (YAML, {@code docs/criteria-format.md}): read a file into a validated
 * {@link CriteriaVersion}, check a version, write one back. Reading never half-succeeds.
 */
public final class CriteriaFormat {

    private CriteriaFormat() {
    }

    /**
     * Reads and validates a criteria file.
     *
     * @param fileName the name to show in problems
     * @throws CriteriaFileException with every problem found, each with its line, column and node path
     */
    public static CriteriaVersion read(String fileName, String text) {
        Problems problems = new Problems(fileName);
        CriteriaVersion version = CriteriaReader.read(text, problems);
        if (version != null) {
            CriteriaValidator.validate(version, problems);
        }
        if (!problems.isEmpty()) {
            throw new CriteriaFileException(problems.list());
        }
        return version;
    }

    /**
     * Reads a stored draft without validating it: a draft may be half-way through its editing. Only a file that
     * cannot be read at all fails.
     *
     * @throws CriteriaFileException with the reading problems
     */
    public static CriteriaVersion readUnchecked(String fileName, String text) {
        Problems problems = new Problems(fileName);
        CriteriaVersion version = CriteriaReader.read(text, problems);
        if (!problems.isEmpty()) {
            throw new CriteriaFileException(problems.list());
        }
        return version;
    }

    /** The problems of a version built or edited without a file (positions are then unknown). */
    public static List<CriteriaProblem> problemsOf(CriteriaVersion version) {
        Problems problems = new Problems(null);
        CriteriaValidator.validate(version, problems);
        return problems.list();
    }

    /** A node's inputs, constraints and scoring rule, as edited together in the draft editor. */
    public record NodeScoring(List<InputDefinition> inputs, List<InputConstraint> constraints, Rule rule) {
    }

    /** The inputs, constraints and rule of {@code node} in the file format, for editing as text. */
    public static String writeScoring(CriterionNode node) {
        return CriteriaWriter.writeScoring(node);
    }

    /**
     * Reads what {@link #writeScoring} writes (fields {@code inputs}, {@code constraints}, {@code rule}), checking its
     * shape only: whether the rule reads declared inputs is the validator's business, on the whole draft.
     *
     * @throws CriteriaFileException with the problems, lines counted within the text
     */
    public static NodeScoring readScoring(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n").replace('\t', ' ');
        String[] header = {"format: " + CriteriaReader.FORMAT, "code: X", "version: \"1\"", "title: x",
                "status: draft", "appendices:", "  - id: X", "    title: x", "    target_group: {code: X, name: x}",
                "    total_points: 1", "    classification: {bands: [{label: x, min: 0}]}", "    groups:",
                "      - key: X", "        name: x", "        max: 1"};
        StringBuilder wrapped = new StringBuilder(String.join("\n", header)).append('\n');
        for (String line : body.split("\n", -1)) {
            wrapped.append("        ").append(line).append('\n');
        }
        Problems problems = new Problems(null);
        CriteriaVersion version = CriteriaReader.read(wrapped.toString(), problems);
        if (!problems.isEmpty() || version == null) {
            throw new CriteriaFileException(problems.list().stream().map(p -> new CriteriaProblem(null,
                    Math.max(0, p.line() - header.length), Math.max(0, p.column() - 8), "", p.message(),
                    p.messageEn())).toList());
        }
        CriterionNode node = version.appendices().get(0).groups().get(0);
        return new NodeScoring(node.inputs(), node.constraints(), node.rule());
    }

    /** The version in the file format; {@link #read} gives back an equal version. */
    public static String write(CriteriaVersion version) {
        return CriteriaWriter.write(version);
    }
}
