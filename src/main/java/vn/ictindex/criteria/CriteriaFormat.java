package vn.ictindex.criteria;

import vn.ictindex.criteria.format.CriteriaReader;
import vn.ictindex.criteria.format.CriteriaValidator;
import vn.ictindex.criteria.format.CriteriaWriter;
import vn.ictindex.criteria.format.Problems;

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

    /** The version in the file format; {@link #read} gives back an equal version. */
    public static String write(CriteriaVersion version) {
        return CriteriaWriter.write(version);
    }
}
