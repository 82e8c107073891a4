package vn.ictindex.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.criteria.ReferenceUnitsFixture;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.UnitInputs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Demo-data users and whole self-assessments for tests, with intention-revealing names. */
public final class SelfAssessmentFixture {

    private SelfAssessmentFixture() {
    }

    public static CurrentUser specialist(long unitId) {
        return new CurrentUser(1000 + unitId, "chuyenvien" + unitId, "Chuyên viên " + unitId, Role.SPECIALIST, unitId,
                null, true);
    }

    public static CurrentUser head(long unitId) {
        return new CurrentUser(2000 + unitId, "lanhdao" + unitId, "Lãnh đạo " + unitId, Role.HEAD, unitId, null, true);
    }

    /** Every figure of the appendix as the best unit would type it (decimal comma, có/không, one item per line). */
    public static SelfAssessments.Changes everyFigureOfABestUnit(SelfAssessments.Workspace workspace) {
        UnitInputs best = ReferenceUnitsFixture.bestUnit(workspace.appendix());
        Map<String, String> values = new LinkedHashMap<>();
        best.inputs().forEach((key, value) -> values.put(key, InputText.format(value)));
        return new SelfAssessments.Changes(values, Map.of());
    }

    /** Registers one reference evidence item for the unit and links it to every criterion of its appendix. */
    public static void evidenceForEveryCriterion(JdbcClient jdbc, SelfAssessments.Workspace workspace) {
        evidenceForEveryCriterionBut(jdbc, workspace, null);
    }

    /** The same, leaving out one criterion (or none when {@code left} is null). */
    public static void evidenceForEveryCriterionBut(JdbcClient jdbc, SelfAssessments.Workspace workspace,
                                                    String left) {
        jdbc.sql("""
                        INSERT INTO evidence (unit_id, kind, title, doc_number, uploaded_by, uploaded_at)
                        VALUES (:u, 'REFERENCE', 'Báo cáo ứng dụng CNTT năm', '12/BC-STP', 'test', :now)""")
                .param("u", workspace.unit().id()).param("now", Timestamp.from(Instant.now())).update();
        long evidence = jdbc.sql("SELECT MAX(id) FROM evidence WHERE unit_id = :u").param("u", workspace.unit().id())
                .query(Long.class).single();
        workspace.appendix().allNodes().stream().filter(n -> n.isLeaf() && !n.key().equals(left)).forEach(n -> jdbc.sql("""
                        INSERT INTO evidence_link (evidence_id, period_id, node_key, linked_by, linked_at)
                        VALUES (:e, :p, :k, 'test', :now)""")
                .param("e", evidence).param("p", workspace.period().id()).param("k", n.key())
                .param("now", Timestamp.from(Instant.now())).update());
    }
}
