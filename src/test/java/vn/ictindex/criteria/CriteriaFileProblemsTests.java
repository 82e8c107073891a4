package vn.ictindex.criteria;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A criteria file with mistakes is never half-loaded; every mistake is reported where a person can find it. */
class CriteriaFileProblemsTests {

    /** A small valid file; each test breaks one thing in it. Line numbers below refer to this text. */
    private static final String VALID = """
            format: ictindex-criteria/1
            code: BT-TEST
            version: "2019"
            title: Bộ tiêu chí thử
            status: draft
            appendices:
              - id: PL-I
                title: Phụ lục I
                target_group:
                  code: CQCM
                  name: Sở, ban, ngành
                total_points: 20
                classification:
                  bands:
                    - label: Tốt
                      min: 15
                    - label: Chưa tốt
                      min: 0
                      below: 15
                groups:
                  - key: C
                    name: Ứng dụng
                    max: 20
                    children:
                      - key: C3.1
                        name: Tỷ lệ văn bản điện tử
                        max: 10
                        inputs:
                          - key: docs_e
                            label: Văn bản điện tử
                            type: integer
                          - key: docs_total
                            label: Tổng văn bản
                            type: integer
                        rule:
                          type: ratio_times_max
                          numerator: docs_e
                          denominator: docs_total
                      - key: C3.2
                        name: Số cuộc họp trực tuyến
                        max: 10
                        inputs:
                          - key: meetings
                            label: Số cuộc họp
                            type: integer
                        rule:
                          type: tiers
                          input: meetings
                          tiers:
                            - min: 4
                              points: 10
                            - min: 1
                              below: 4
                              points: 5
                            - max: 0
                              points: 0
            """;

    private static List<CriteriaProblem> problems(String text) {
        return catchThrowableOfType(CriteriaFileException.class, () -> CriteriaFormat.read("pl.yaml", text))
                .problems();
    }

    /** The valid file with line {@code number} (1-based) replaced by {@code text}, indented as the line was. */
    private static String withLine(int number, String text) {
        return withLines(VALID, number, text);
    }

    private static String withLines(String file, int number, String text) {
        String[] lines = file.split("\n", -1);
        String indent = lines[number - 1].substring(0, lines[number - 1].length()
                - lines[number - 1].stripLeading().length());
        lines[number - 1] = indent + text;
        return String.join("\n", lines);
    }

    private static CriteriaProblem onlyProblem(String text) {
        List<CriteriaProblem> problems = problems(text);
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.get(0);
    }

    @Test
    void theValidFileLoads() {
        assertThat(CriteriaFormat.read("pl.yaml", VALID).appendices()).hasSize(1);
    }

    @Test
    void childrenWhosePointsDoNotAddUpToTheParentAreReportedAtTheParent() {
        CriteriaProblem p = onlyProblem(withLine(27, "max: 5"));

        assertThat(p.nodePath()).isEqualTo("PL-I / C");
        assertThat(p.line()).isEqualTo(23);
        assertThat(p.message()).isEqualTo(
                "Điểm tối đa của các tiêu chí con cộng lại là 15, không bằng điểm tối đa 20 của tiêu chí này");
    }

    @Test
    void aRuleThatReadsAnUndeclaredInputIsReportedWithItsLineAndColumn() {
        CriteriaProblem p = onlyProblem(withLine(38, "denominator: docs_all"));

        assertThat(p.nodePath()).isEqualTo("PL-I / C / C3.1");
        assertThat(p.line()).isEqualTo(38);
        assertThat(p.column()).isEqualTo(28);
        assertThat(p.message()).isEqualTo(
                "Quy tắc đọc số liệu «docs_all» nhưng phụ lục không khai báo số liệu này");
        assertThat(p.describe(false)).startsWith("pl.yaml:38:28: PL-I / C / C3.1: Quy tắc đọc số liệu");
    }

    @Test
    void overlappingTiersAreReported() {
        CriteriaProblem p = onlyProblem(withLine(53, "max: 4"));

        assertThat(p.nodePath()).isEqualTo("PL-I / C / C3.2");
        assertThat(p.message()).contains("chồng lên nhau");
    }

    @Test
    void aGapBetweenClassificationBandsIsReported() {
        CriteriaProblem p = onlyProblem(withLine(19, "below: 14"));

        assertThat(p.nodePath()).isEqualTo("PL-I");
        assertThat(p.message()).contains("khoảng trống");
    }

    @Test
    void aDuplicateKeyIsReported() {
        List<CriteriaProblem> problems = problems(withLine(39, "- key: C3.1"));

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("Mã tiêu chí «C3.1» bị trùng"));
    }

    @Test
    void aNegativeMaximumIsReported() {
        List<CriteriaProblem> problems = problems(withLine(41, "max: -10"));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.nodePath()).isEqualTo("PL-I / C / C3.2");
            assertThat(p.line()).isEqualTo(41);
            assertThat(p.message()).isEqualTo("Điểm tối đa không được âm (−10)");
        });
    }

    @Test
    void anUnknownRuleTypeListsTheKnownTypes() {
        CriteriaProblem p = onlyProblem(withLine(36, "type: ratio_x_max"));

        assertThat(p.message()).contains("Loại quy tắc «ratio_x_max» không tồn tại", "ratio_times_max", "tiers");
        assertThat(p.line()).isEqualTo(36);
    }

    @Test
    void aFormulaThatDoesNotParseOrNamesAnUnknownInputIsReported() {
        String formula = withLines(withLines(withLine(36, "type: formula"), 37, "expression: %s"), 38, "");

        assertThat(onlyProblem(formula.formatted("MIN(max_points, docs_e * 2")).message())
                .startsWith("Công thức «MIN(max_points, docs_e * 2»:");
        assertThat(onlyProblem(formula.formatted("MIN(max_points, docs_electronic)")).message())
                .contains("dùng «docs_electronic», không phải là số liệu nào của phụ lục");
    }

    @Test
    void aWrongKindOfValueIsReportedInPlainVietnamese() {
        CriteriaProblem p = onlyProblem(withLine(12, "total_points: hai mươi"));

        assertThat(p.line()).isEqualTo(12);
        assertThat(p.message()).isEqualTo("«total_points» phải là một số (ví dụ 12 hoặc 2,5), không phải «hai mươi»");
    }

    @Test
    void anUnknownFieldIsReportedSoThatATypoIsNotSilentlyIgnored() {
        List<CriteriaProblem> problems = problems(withLine(41, "maks: 10"));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(41);
            assertThat(p.message()).startsWith("Trường «maks» không có trong định dạng");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).isEqualTo("Thiếu trường bắt buộc «max»"));
    }

    @Test
    void aYamlSyntaxErrorPointsAtItsLine() {
        CriteriaProblem p = onlyProblem(withLine(8, "title: [Phụ lục I"));

        assertThat(p.message()).startsWith("Lỗi cú pháp YAML");
        assertThat(p.line()).isBetween(8, 10);
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsLoaded() {
        String broken = withLines(withLines(withLines(withLine(38, "denominator: docs_all"), 53, "max: 4"), 12,
                "total_points: hai mươi"), 45, "type: integr");

        assertThatThrownBy(() -> CriteriaFormat.read("pl.yaml", broken))
                .isInstanceOfSatisfying(CriteriaFileException.class, e -> assertThat(e.problems())
                        .extracting(CriteriaProblem::line)
                        .contains(38, 50, 12, 45));
    }

    @Test
    void problemsCanBeReadInEnglish() {
        CriteriaProblem p = onlyProblem(withLine(38, "denominator: docs_all"));

        assertThat(p.describe(true)).endsWith("The rule reads input «docs_all», which the appendix does not declare");
    }

    @Test
    void anIssuedVersionNeedsItsDecision() {
        CriteriaProblem p = onlyProblem(withLine(5, "status: issued"));

        assertThat(p.message()).contains("quyết định ban hành");
    }
}
