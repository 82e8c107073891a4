package vn.ictindex.criteria.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline commands a department runs on a draft criteria file and a spreadsheet of figures. */
class CriteriaCommandLineTests {

    static final String REFERENCE = "src/main/resources/criteria-sets/bt-udcntt-2019.yaml";
    static final String SAMPLE_UNITS = "docs/examples/units-pl-i.csv";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] full = new String[args.length + 1];
        full[0] = "criteria";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = CriteriaCommandLine.run(full, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void validatingTheReferenceSetSummarisesEachAppendix() {
        Run run = run("validate", REFERENCE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Hợp lệ: BT-UDCNTT@2019", "PL-I: 6 nhóm, 35 tiêu chí", "PL-IV");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validatingABrokenFileListsEveryProblemOnStandardErrorAndFails() throws IOException {
        String broken = Files.readString(Path.of(REFERENCE))
                .replaceFirst("max: 10\n", "max: mười\n")
                .replaceFirst("type: ratio_times_max", "type: ratio_time_max");
        Path file = write("du-thao.yaml", broken);

        Run run = run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(CriteriaCommandLine.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("du-thao\\.yaml:\\d+:\\d+: PL-I / A / A\\d: «max» phải là một số")
                .contains("Loại quy tắc «ratio_time_max» không tồn tại")
                .contains("tệp chưa được nạp");
    }

    @Test
    void scoringTheSampleSpreadsheetPrintsTheRankingTable() {
        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", SAMPLE_UNITS);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Hạng", "Sở Y tế", "Ban Dân tộc", "Khá")
                .containsPattern("(?m)^\\s+1\\s+Sở Y tế\\s+399,28\\s+500,00\\s+79,86");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aUnitThatClaimsNotApplicableIsRankedOnItsPercentage() {
        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", SAMPLE_UNITS);

        assertThat(run.out()).containsPattern("(?m)^\\s+3\\s+Ban Dân tộc\\s+340,72\\s+430,00\\s+79,24\\s+396,19");
    }

    @Test
    void explainShowsTheRuleAndNumbersBehindEveryPoint() {
        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", SAMPLE_UNITS, "--explain");

        assertThat(run.out()).contains("B1  14,74/15  56/57 người × 15 = 14,74 (làm tròn từ 14,7368)");
    }

    @Test
    void csvOutputOpensInAVietnameseSpreadsheet() {
        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", SAMPLE_UNITS, "--format", "csv");

        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("rank;unit;name;total;applicable_max;percent;normalized;classification");
        assertThat(lines[1]).startsWith("1;BT-SYT;Sở Y tế;399,28;500,00;79,86;399,28;Khá;");
        assertThat(lines).hasSize(9);
    }

    @Test
    void jsonOutputCarriesTheTraceOfEachNode() {
        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", SAMPLE_UNITS, "--format", "json");

        assertThat(run.out()).startsWith("{\"criteria\":\"BT-UDCNTT@2019\",\"appendix\":\"PL-I\",\"engine_version\":")
                .contains("\"unit\":\"BT-SYT\",\"name\":\"Sở Y tế\",\"rank\":1,\"total\":399.28")
                .contains("\"trace\":\"56/57 người × 15 = 14,74 (làm tròn từ 14,7368)\"");
    }

    @Test
    void aSpreadsheetWithMistakesNamesTheLineAndColumnAndScoresNothing() throws IOException {
        Path csv = write("so-lieu.csv", """
                unit;name;staff_total;staff_with_pc;it_officer;staff_totl
                U1;Sở A;abc;10;chuyen_trach_dai_hoc;1
                U1;Sở B;20;10;kiem_nhiem;1
                """);

        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", csv.toString());

        assertThat(run.exitCode()).isEqualTo(CriteriaCommandLine.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("so-lieu.csv:1: cột 6 «staff_totl»: không phải là mã số liệu của phụ lục")
                .contains("so-lieu.csv:2: cột «staff_total»: «abc» không đúng kiểu số nguyên")
                .contains("so-lieu.csv:3: đơn vị «U1» xuất hiện hai lần")
                .contains("chưa chấm điểm");
    }

    @Test
    void figuresThatBreakAConstraintAreReportedAndTheUnitIsNotRanked() throws IOException {
        Path csv = write("so-lieu.csv", """
                unit,name,staff_total,staff_with_pc
                U1,Sở A,20,25
                U2,Sở B,20,18
                """);

        Run run = run("score", REFERENCE, "--appendix", "PL-I", "--inputs", csv.toString());

        assertThat(run.exitCode()).isEqualTo(CriteriaCommandLine.PROBLEMS);
        assertThat(run.out()).containsPattern("(?m)^\\s+—\\s+Sở A\\s+—.*có lỗi$");
        assertThat(run.err()).contains("U1 / B1: Số liệu không hợp lệ: «Số CBCCVC được trang bị máy tính phục vụ "
                + "công việc» (25) phải ≤ «Tổng số CBCCVC");
    }

    @Test
    void aWrongCommandLineExplainsTheUsage() {
        Run run = run("score", REFERENCE, "--appendix", "PL-I");

        assertThat(run.exitCode()).isEqualTo(CriteriaCommandLine.USAGE);
        assertThat(run.err()).contains("score cần --appendix và --inputs", "Cách dùng");
    }

    @Test
    void aMissingFileIsReportedPlainly() {
        Run run = run("validate", dir.resolve("khong-co.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(CriteriaCommandLine.PROBLEMS);
        assertThat(run.err()).contains("khong-co.yaml: không tìm thấy tệp");
    }
}
