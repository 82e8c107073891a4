package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.TypedInputs;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.ScoringProblem;
import vn.ictindex.scoring.UnitResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The council's appraised values in Excel: the workbook of a unit, and its upload read into a preview (every change
 * old → new with its reason, every problem by sheet, row and column) that changes nothing; {@link #apply} writes the
 * previewed changes through {@link ScoreLayers#set}, each with the entry version the preview saw, all or nothing.
 */
@Service
public class AppraisalImports {

    private final SelfAssessments assessments;
    private final ScoreLayers layers;
    private final Periods periods;

    AppraisalImports(SelfAssessments assessments, ScoreLayers layers, Periods periods) {
        this.assessments = assessments;
        this.layers = layers;
        this.periods = periods;
    }

    /**
     * One appraised field to change.
     *
     * @param expectedVersion the version of the field's APPRAISED entry the preview saw, or null when it had none
     */
    public record Change(String key, String nodeKey, String label, String before, String after, String reason,
                         Integer expectedVersion) {
    }

    public record Preview(long periodId, long unitId, String unitName, List<ImportProblem> problems,
                          List<Change> changes) {

        public boolean canApply() {
            return problems.isEmpty() && !changes.isEmpty();
        }
    }

    public byte[] workbook(CurrentUser user, long periodId, long unitId) {
        SelfAssessments.Workspace workspace = workspace(user, periodId, unitId);
        Map<ScoreLayer, Map<String, String>> values = new EnumMap<>(ScoreLayer.class);
        for (ScoreLayer layer : List.of(ScoreLayer.SELF, ScoreLayer.COMPILED, ScoreLayer.APPRAISED)) {
            values.put(layer, layers.values(periodId, unitId, layer).values());
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        layers.entries(periodId, unitId).stream().filter(e -> e.layer() == ScoreLayer.APPRAISED)
                .forEach(e -> reasons.put(e.fieldKey(), e.reason()));
        return AppraisalWorkbook.write(workspace, values, reasons);
    }

    public Preview preview(CurrentUser user, long periodId, long unitId, byte[] bytes) {
        SelfAssessments.Workspace workspace = workspace(user, periodId, unitId);
        List<ImportProblem> problems = new ArrayList<>();
        List<InputWorkbookReader.Line> lines;
        Map<Integer, String> reasons = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = InputWorkbookReader.open(bytes)) {
            Sheet sheet = workbook.getSheet(AppraisalWorkbook.SHEET);
            Sheet identity = workbook.getSheet(AppraisalWorkbook.IDENTITY_SHEET);
            if (sheet == null || identity == null) {
                throw new WorkbookRefusedException("Sổ tính không có trang «" + AppraisalWorkbook.SHEET
                        + "» của mẫu thẩm định; hãy dùng tệp tải về từ hệ thống.");
            }
            problems.addAll(identityProblems(identity, workspace));
            if (!problems.isEmpty()) {
                return new Preview(periodId, unitId, workspace.unit().name(), problems, List.of());
            }
            InputWorkbookReader.requireHeaders(sheet, AppraisalWorkbook.HEADER_ROW, AppraisalWorkbook.HEADERS);
            lines = InputWorkbookReader.lines(sheet, AppraisalWorkbook.HEADER_ROW, AppraisalWorkbook.COL_APPRAISED,
                    problems);
            for (InputWorkbookReader.Line line : lines) {
                Row row = sheet.getRow(line.row() - 1);
                reasons.put(line.row(), InputWorkbookReader.cellText(row.getCell(AppraisalWorkbook.COL_REASON)));
            }
        } catch (IOException e) {
            throw new WorkbookRefusedException("Không đọc được tệp như một sổ tính Excel (.xlsx); tệp có thể bị hỏng.");
        }
        Map<String, InputWorkbook.Line> definitions = new LinkedHashMap<>();
        InputWorkbook.lines(workspace.appendix()).forEach(l -> definitions.put(l.key(), l));
        ScoreLayers.LayerValues compiled = layers.values(periodId, unitId, ScoreLayer.COMPILED);
        ScoreLayers.LayerValues appraised = layers.values(periodId, unitId, ScoreLayer.APPRAISED);
        Map<String, Integer> versions = new LinkedHashMap<>();
        layers.entries(periodId, unitId).stream().filter(e -> e.layer() == ScoreLayer.APPRAISED)
                .forEach(e -> versions.put(e.fieldKey(), e.version()));
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        String valueColumn = InputWorkbookReader.column(AppraisalWorkbook.COL_APPRAISED);
        for (InputWorkbookReader.Line line : lines) {
            InputWorkbook.Line definition = definitions.get(line.key());
            if (definition == null || rowOf.containsKey(line.key())) {
                problems.add(new ImportProblem(AppraisalWorkbook.SHEET, line.row(), "A", definition == null
                        ? "Mã số liệu «" + line.key() + "» không có trong " + workspace.appendix().title()
                        : "Mã số liệu «" + line.key() + "» đã có ở dòng " + rowOf.get(line.key())));
                continue;
            }
            rowOf.put(line.key(), line.row());
            if (!line.value().isBlank() && (definition.input() == null
                    ? vn.ictindex.scoring.InputText.number(line.value(), true) == null
                    : vn.ictindex.scoring.InputText.parse(definition.input(), line.value(), true) == null)) {
                problems.add(new ImportProblem(AppraisalWorkbook.SHEET, line.row(), valueColumn, "Giá trị «"
                        + line.value() + "» không đọc được: cần " + (definition.input() == null ? "số điểm"
                        : vn.ictindex.scoring.InputText.expected(definition.input()))));
                continue;
            }
            if (InputImports.same(definition, appraised.field(line.key()), line.value())) {
                continue;
            }
            String reason = reasons.get(line.row());
            boolean backToCompiled = InputImports.same(definition, compiled.field(line.key()), line.value());
            if (!backToCompiled && reason.isBlank()) {
                problems.add(new ImportProblem(AppraisalWorkbook.SHEET, line.row(),
                        InputWorkbookReader.column(AppraisalWorkbook.COL_REASON),
                        "Cần ghi lý do khi giá trị thẩm định khác với Sở tổng hợp"));
                continue;
            }
            String after = backToCompiled ? compiled.field(line.key()) : line.value();
            changes.add(new Change(line.key(), definition.node() == null ? "" : definition.node().key(),
                    definition.label(), appraised.field(line.key()), after, reason, versions.get(line.key())));
        }
        if (problems.isEmpty() && !changes.isEmpty()) {
            Map<String, String> values = new LinkedHashMap<>(appraised.values());
            changes.forEach(c -> values.put(c.key(), c.after()));
            UnitResult result = ScoringEngine.score(workspace.appendix(), List.of(TypedInputs.read(
                    String.valueOf(unitId), workspace.appendix(), values, appraised.notApplicable()).inputs()))
                    .units().get(0);
            for (ScoringProblem p : result.problems()) {
                if (p.isError() && p.inputKey() != null && rowOf.containsKey(p.inputKey())
                        && changes.stream().anyMatch(c -> c.key().equals(p.inputKey()))) {
                    problems.add(new ImportProblem(AppraisalWorkbook.SHEET, rowOf.get(p.inputKey()), valueColumn,
                            p.message()));
                }
            }
        }
        return new Preview(periodId, unitId, workspace.unit().name(), List.copyOf(problems),
                problems.isEmpty() ? List.copyOf(changes) : List.of());
    }

    /**
     * Writes the previewed changes to the APPRAISED layer, all or none.
     *
     * @throws vn.ictindex.appraisal.StaleLayerException when a field changed since the preview
     */
    @Transactional
    public List<LayerEntry> apply(CurrentUser user, long periodId, long unitId, List<Change> changes) {
        workspace(user, periodId, unitId);
        List<LayerEntry> written = new ArrayList<>();
        for (Change c : changes) {
            layers.set(user.username(), periodId, unitId, ScoreLayer.APPRAISED, c.key(),
                    c.nodeKey().isEmpty() ? c.key() : c.nodeKey(), c.after(), c.reason(), c.expectedVersion())
                    .ifPresent(written::add);
        }
        return written;
    }

    private SelfAssessments.Workspace workspace(CurrentUser user, long periodId, long unitId) {
        if (user.role() != Role.COUNCIL) {
            throw new ReportNotFoundException("Chỉ thành viên Hội đồng thẩm định nhập giá trị thẩm định");
        }
        Period period = periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ"));
        try {
            return assessments.workspace(period, unitId);
        } catch (SelfAssessmentException | java.util.NoSuchElementException e) {
            throw new ReportNotFoundException("Đơn vị không tham gia kỳ đánh giá này");
        }
    }

    private static List<ImportProblem> identityProblems(Sheet sheet, SelfAssessments.Workspace workspace) {
        AppraisalWorkbook.Identity expected = new AppraisalWorkbook.Identity(workspace.period().id(),
                workspace.unit().id(), workspace.unit().code(), workspace.appendix().id(), workspace.version().id());
        String[] found = new String[7];
        for (int i = 0; i < found.length; i++) {
            Row row = sheet.getRow(i);
            found[i] = row == null ? "" : InputWorkbookReader.cellText(row.getCell(1));
        }
        String foundSeal;
        try {
            foundSeal = new AppraisalWorkbook.Identity(Long.parseLong(found[0]), Long.parseLong(found[1]), found[2],
                    found[3], found[4]).checksum();
        } catch (NumberFormatException e) {
            foundSeal = "";
        }
        if (!foundSeal.equals(found[6]) || !ScoreLayer.APPRAISED.name().equals(found[5])) {
            return List.of(new ImportProblem(AppraisalWorkbook.IDENTITY_SHEET, 7, "B",
                    "Thông tin nhận dạng của tệp đã bị sửa, hoặc tệp không phải mẫu thẩm định."));
        }
        if (!foundSeal.equals(expected.checksum())) {
            return List.of(new ImportProblem(AppraisalWorkbook.IDENTITY_SHEET, 3, "B", "Tệp là số liệu thẩm định của "
                    + "đơn vị, kỳ hoặc bộ tiêu chí khác (" + found[2] + ", " + found[4] + "), không phải của "
                    + workspace.unit().name() + " trong kỳ này."));
        }
        return List.of();
    }
}
