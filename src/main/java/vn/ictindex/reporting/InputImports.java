package vn.ictindex.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.StaleSelfAssessmentException;
import vn.ictindex.assessment.TypedInputs;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.InputValue;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.ScoringProblem;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Excel in: the agency's specialist downloads the input workbook, fills it offline and uploads it. The upload gives a
 * {@link Preview} (what changes, node by node, and every problem with its sheet, row and column) and changes nothing;
 * only {@link #apply} writes, through {@link SelfAssessments#save} with the self-assessment version the preview was
 * made from, so a preview overtaken by another save is refused.
 */
@Service
public class InputImports {

    private final SelfAssessments assessments;
    private final AuditTrail audit;

    InputImports(SelfAssessments assessments, AuditTrail audit) {
        this.assessments = assessments;
        this.audit = audit;
    }

    /** The blank or partly filled workbook of the user's own unit in the current period. */
    public byte[] workbook(CurrentUser user) {
        return InputWorkbook.write(assessments.workspace(user));
    }

    /** One changed field: its line, the text before and after (as a person types it). */
    public record FieldChange(String key, String label, String before, String after) {
    }

    /** A node whose figures change, with its points before and after (the unit's own figures, as on the form). */
    public record NodeChange(String nodeKey, String nodeName, List<FieldChange> fields, BigDecimal pointsBefore,
                             BigDecimal pointsAfter) {
    }

    /**
     * @param version     the self-assessment version the preview compares with; {@link #apply} must name it
     * @param values      the new text of every changed field, what {@link #apply} saves
     * @param fileIsOlder the workbook was made from an older version (someone saved online since): the preview still
     *                    compares with what is saved now
     */
    public record Preview(long periodId, int version, String unitName, List<ImportProblem> problems,
                          List<NodeChange> nodes, Map<String, String> values, boolean fileIsOlder) {

        public boolean canApply() {
            return problems.isEmpty() && !values.isEmpty();
        }

        public int changeCount() {
            return values.size();
        }
    }

    /**
     * Reads an uploaded workbook against the user's self-assessment. Nothing is written.
     *
     * @throws WorkbookRefusedException when the file is not such a workbook at all
     * @throws SelfAssessmentException  when the user has no self-assessment to fill in
     */
    public Preview preview(CurrentUser user, byte[] bytes) {
        requireSpecialist(user);
        SelfAssessments.Workspace workspace = assessments.workspace(user);
        InputWorkbookReader.Content content = InputWorkbookReader.read(bytes);
        List<ImportProblem> identityProblems = identityProblems(workspace, content);
        List<ImportProblem> problems = new ArrayList<>(identityProblems);
        SelfAssessment current = workspace.assessment();
        Appendix appendix = workspace.appendix();
        Map<String, InputWorkbook.Line> lines = new LinkedHashMap<>();
        InputWorkbook.lines(appendix).forEach(l -> lines.put(l.key(), l));
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        if (identityProblems.isEmpty()) {
            problems.addAll(content.problems());
            for (InputWorkbookReader.Line line : content.lines()) {
                InputWorkbook.Line definition = lines.get(line.key());
                String keyColumn = InputWorkbookReader.column(InputWorkbook.COL_KEY);
                String valueColumn = InputWorkbookReader.column(InputWorkbook.COL_VALUE);
                if (definition == null) {
                    problems.add(new ImportProblem(InputWorkbook.INPUT_SHEET, line.row(), keyColumn, "Mã số liệu «"
                            + line.key() + "» không có trong " + appendix.title() + "; không sửa cột này."));
                    continue;
                }
                if (rowOf.containsKey(line.key())) {
                    problems.add(new ImportProblem(InputWorkbook.INPUT_SHEET, line.row(), keyColumn, "Mã số liệu «"
                            + line.key() + "» đã có ở dòng " + rowOf.get(line.key()) + "; mỗi số liệu một dòng."));
                    continue;
                }
                rowOf.put(line.key(), line.row());
                String problem = unreadable(definition, line.value());
                if (problem != null) {
                    problems.add(new ImportProblem(InputWorkbook.INPUT_SHEET, line.row(), valueColumn, problem));
                    continue;
                }
                if (!same(definition, current.value(line.key()), line.value())) {
                    values.put(line.key(), line.value());
                }
            }
        }
        List<NodeChange> nodes = List.of();
        if (identityProblems.isEmpty()) {
            Map<String, String> after = new LinkedHashMap<>(current.values());
            values.forEach((k, v) -> {
                if (v.isBlank()) {
                    after.remove(k);
                } else {
                    after.put(k, v);
                }
            });
            UnitResult before = score(workspace, current.values());
            UnitResult then = score(workspace, after);
            for (ScoringProblem p : then.problems()) {
                String key = p.inputKey() != null ? p.inputKey()
                        : p.nodeKey() != null ? SelfAssessment.MANUAL_PREFIX + p.nodeKey() : null;
                if (p.isError() && key != null && values.containsKey(key)) {
                    problems.add(new ImportProblem(InputWorkbook.INPUT_SHEET, rowOf.get(key),
                            InputWorkbookReader.column(InputWorkbook.COL_VALUE), p.message()));
                }
            }
            if (problems.isEmpty()) {
                nodes = nodeChanges(appendix, lines, current, values, before, then);
            }
        }
        return new Preview(workspace.period().id(), current.version(), workspace.unit().name(),
                List.copyOf(problems), nodes, problems.isEmpty() ? values : Map.of(),
                content.identity().assessmentVersion() != current.version());
    }

    /**
     * Saves the previewed values.
     *
     * @param expectedVersion the version of the preview
     * @throws StaleSelfAssessmentException when the self-assessment was saved after the preview, unless the saved
     *                                      values are already these (a second click on the same preview)
     */
    @Transactional
    public SelfAssessment apply(CurrentUser user, long periodId, int expectedVersion, Map<String, String> values) {
        requireSpecialist(user);
        SelfAssessments.Workspace workspace = assessments.workspace(user);
        Set<String> known = new HashSet<>();
        InputWorkbook.lines(workspace.appendix()).forEach(l -> known.add(l.key()));
        if (values.isEmpty() || !known.containsAll(values.keySet())) {
            throw new SelfAssessmentException("Không có thay đổi hợp lệ để áp dụng; hãy tải tệp lên lại.");
        }
        SelfAssessment current = workspace.assessment();
        if (current.version() != expectedVersion && alreadyApplied(current, values)) {
            return current;
        }
        SelfAssessment saved = assessments.save(user, periodId, expectedVersion,
                new SelfAssessments.Changes(values, Map.of()));
        audit.record(user.username(), "SELF_ASSESSMENT_IMPORTED", "self_assessment", String.valueOf(saved.id()),
                saved.unitId(), periodId, "phiên bản " + expectedVersion, "phiên bản " + saved.version(),
                values.size() + " số liệu nhập từ tệp Excel: " + String.join(", ", values.keySet()));
        return saved;
    }

    private static boolean alreadyApplied(SelfAssessment current, Map<String, String> values) {
        return values.entrySet().stream().allMatch(e -> current.value(e.getKey()).equals(e.getValue().strip()));
    }

    private static void requireSpecialist(CurrentUser user) {
        if (user.role() != Role.SPECIALIST || user.unitId() == null) {
            throw new SelfAssessmentException("Chỉ cán bộ đầu mối CNTT của đơn vị mới nhập số liệu từ tệp Excel");
        }
    }

    private static List<ImportProblem> identityProblems(SelfAssessments.Workspace workspace,
                                                        InputWorkbookReader.Content content) {
        InputWorkbook.Identity id = content.identity();
        List<ImportProblem> problems = new ArrayList<>();
        String sheet = InputWorkbook.IDENTITY_SHEET;
        if (!id.checksum().equals(content.checksum())) {
            problems.add(new ImportProblem(sheet, 7, "B", "Thông tin nhận dạng của tệp đã bị sửa; hãy tải lại mẫu "
                    + "từ trang tự đánh giá."));
            return problems;
        }
        if (id.unitId() != workspace.unit().id()) {
            problems.add(new ImportProblem(sheet, 2, "B", "Tệp là số liệu của đơn vị khác (" + id.unitCode()
                    + "), không phải của " + workspace.unit().name() + "."));
        }
        if (id.periodId() != workspace.period().id()) {
            problems.add(new ImportProblem(sheet, 1, "B", "Tệp thuộc kỳ đánh giá khác, không phải «"
                    + workspace.period().title() + "»."));
        }
        if (!id.appendixId().equals(workspace.appendix().id())) {
            problems.add(new ImportProblem(sheet, 4, "B", "Tệp theo phụ lục " + id.appendixId()
                    + ", đơn vị đang tự đánh giá theo phụ lục " + workspace.appendix().id() + "."));
        }
        if (!id.criteriaVersion().equals(workspace.version().id())) {
            problems.add(new ImportProblem(sheet, 5, "B", "Tệp theo bộ tiêu chí " + id.criteriaVersion()
                    + ", kỳ đánh giá dùng bộ tiêu chí " + workspace.version().id() + "; hãy tải mẫu mới."));
        }
        return problems;
    }

    private static String unreadable(InputWorkbook.Line line, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (line.input() == null) {
            return InputText.number(text, true) == null
                    ? "Cần nhập số điểm (ví dụ 4,5), không phải «" + text + "»" : null;
        }
        return InputText.parse(line.input(), text, true) == null
                ? "Cần nhập " + InputText.expected(line.input()) + ", không phải «" + text + "»" : null;
    }

    /** Whether two texts mean the same value (2,5 and 2,50; Có and có), so that a round trip changes nothing. */
    static boolean same(InputWorkbook.Line line, String before, String after) {
        String a = before == null ? "" : before.strip();
        String b = after == null ? "" : after.strip();
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (line.input() == null) {
            BigDecimal x = InputText.number(a, true);
            BigDecimal y = InputText.number(b, true);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        InputValue x = InputText.parse(line.input(), a, true);
        InputValue y = InputText.parse(line.input(), b, true);
        if (x instanceof InputValue.NumberValue n && y instanceof InputValue.NumberValue m) {
            return n.value().compareTo(m.value()) == 0;
        }
        return x != null && Objects.equals(x, y);
    }

    private static UnitResult score(SelfAssessments.Workspace workspace, Map<String, String> values) {
        Set<String> notApplicable = new HashSet<>();
        workspace.assessment().claims().forEach((k, c) -> {
            if (c.notApplicable()) {
                notApplicable.add(k);
            }
        });
        TypedInputs.Read read = TypedInputs.read(String.valueOf(workspace.unit().id()), workspace.appendix(), values,
                notApplicable);
        return ScoringEngine.score(workspace.appendix(), List.of(read.inputs())).units().get(0);
    }

    private static List<NodeChange> nodeChanges(Appendix appendix, Map<String, InputWorkbook.Line> lines,
                                                SelfAssessment current, Map<String, String> values,
                                                UnitResult before, UnitResult after) {
        Map<String, List<FieldChange>> byNode = new LinkedHashMap<>();
        values.forEach((key, text) -> {
            InputWorkbook.Line line = lines.get(key);
            String node = line.node() == null ? "" : line.node().key();
            byNode.computeIfAbsent(node, k -> new ArrayList<>())
                    .add(new FieldChange(key, line.label(), current.value(key), text));
        });
        List<NodeChange> nodes = new ArrayList<>();
        if (byNode.containsKey("")) {
            nodes.add(new NodeChange("", "Thông tin chung", byNode.get(""), before.total(), after.total()));
        }
        for (CriterionNode node : appendix.allNodes()) {
            BigDecimal was = before.node(node.key()).map(NodeResult::points).orElse(null);
            BigDecimal now = after.node(node.key()).map(NodeResult::points).orElse(null);
            List<FieldChange> fields = byNode.getOrDefault(node.key(), List.of());
            boolean moved = was == null ? now != null : now == null || was.compareTo(now) != 0;
            if (!fields.isEmpty() || (moved && node.isLeaf())) {
                nodes.add(new NodeChange(node.key(), node.name(), fields, was, now));
            }
        }
        return nodes;
    }
}
