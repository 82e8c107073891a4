package vn.ictindex.results;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/**
 * Snapshots are stored once and never change; a correction is a new snapshot with a reason, published in turn, and
 * both stay visible. Runs on the demo data's published previous year and on the open current year.
 */
@SpringBootTest
@Transactional
class ResultSnapshotsTests {

    static final CurrentUser COUNCIL = new CurrentUser(2, "hoidong", "Hội đồng", Role.COUNCIL, null, null, true);

    @Autowired
    ResultSnapshots snapshots;
    @Autowired
    Publications publications;
    @Autowired
    Objections objections;
    @Autowired
    ResultsVisibility visibility;
    @Autowired
    ScoreLayers layers;
    @Autowired
    Periods periods;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Period current;
    Period lastYear;

    @BeforeEach
    void demoYears() {
        current = periods.current().orElseThrow();
        lastYear = periods.all().stream().filter(p -> p.year() == current.year() - 1).findFirst().orElseThrow();
    }

    @Test
    void theDemoDataPublishedLastYearWithATieInEveryLargeGroup() {
        for (String appendix : snapshots.appendices(lastYear.id())) {
            ResultSnapshot published = visibility.publishedFinal(lastYear.id(), appendix).orElseThrow();
            assertThat(published.kind()).isEqualTo(SnapshotKind.FINAL);
            List<UnitStanding> units = snapshots.units(published.id());
            if (units.size() < 3) {
                continue;
            }
            assertThat(units.stream().map(UnitStanding::rank).distinct().count()).as(appendix)
                    .isLessThan(units.size());
        }
    }

    @Test
    void thereIsNoWayToChangeAStoredSnapshot() {
        List<String> changing = Arrays.stream(ResultSnapshots.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .filter(name -> name.matches("(update|delete|remove|set|change|edit|replace|overwrite).*")).toList();
        assertThat(changing).isEmpty();
    }

    @Test
    void aCorrectionIsANewSnapshotWithItsReasonAndBothPublicationsStayVisible() {
        ResultSnapshot published = visibility.publishedFinal(lastYear.id(), "PL-I").orElseThrow();
        List<UnitStanding> before = snapshots.units(published.id());
        List<NodeStanding> nodesBefore = snapshots.nodes(published.id(), before.get(0).unitId());
        long corrected = before.get(before.size() - 1).unitId();
        CriterionNode yesNo = firstYesNo(objections.appendix(lastYear.id(), "PL-I"));
        String input = ((Rule.YesNo) yesNo.rule()).input();
        String now = layers.values(lastYear.id(), corrected, ScoreLayer.FINAL).field(input);
        layers.set("admin", lastYear.id(), corrected, ScoreLayer.FINAL, input, yesNo.key(),
                "có".equals(now) ? "không" : "có", "Thanh tra phát hiện sai sót sau khi công bố", null);

        ResultSnapshots.Preview preview = snapshots.preview(lastYear.id(), "PL-I");
        assertThat(preview.againstId()).isEqualTo(published.id());
        assertThat(preview.movements()).anySatisfy(m -> assertThat(m.unitId()).isEqualTo(corrected));
        ResultSnapshot correction = snapshots.save("admin", lastYear.id(), "PL-I", SnapshotKind.FINAL,
                "Đính chính theo kết luận thanh tra", published.id());
        publications.publishFinal("admin", correction.id());

        assertThat(correction.id()).isNotEqualTo(published.id());
        assertThat(correction.supersedesId()).isEqualTo(published.id());
        assertThat(visibility.publishedFinal(lastYear.id(), "PL-I")).contains(correction);
        assertThat(publications.history(lastYear.id(), "PL-I")).filteredOn(p -> p.kind() == SnapshotKind.FINAL)
                .extracting(Publication::snapshotId).containsExactly(correction.id(), published.id());
        assertThat(snapshots.find(published.id())).contains(published);
        assertThat(snapshots.units(published.id())).isEqualTo(before);
        assertThat(snapshots.nodes(published.id(), before.get(0).unitId())).isEqualTo(nodesBefore);
        assertThat(audit.forUnit(corrected, lastYear.id())).anySatisfy(e ->
                assertThat(e.reason()).isEqualTo("Thanh tra phát hiện sai sót sau khi công bố"));
    }

    @Test
    void aSnapshotNeedsAReason() {
        assertThatThrownBy(() -> snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY, "  ", null))
                .isInstanceOf(ResultsException.class).hasMessageContaining("lý do");
        assertThat(snapshots.history(current.id(), "PL-II")).isEmpty();
    }

    @Test
    void aSaveFromAnOutOfDatePreviewStoresNothing() {
        snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY, "Lần tính thứ nhất", null);

        assertThatThrownBy(() -> snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY,
                "Bấm lưu lần thứ hai", null))
                .isInstanceOf(ResultsException.class).hasMessageContaining("vừa được tính lại");
        assertThat(snapshots.history(current.id(), "PL-II")).hasSize(1);
    }

    @Test
    void aPreliminarySnapshotIsSentNotPublishedAndOnlyOnce() {
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);

        assertThatThrownBy(() -> publications.publishFinal("admin", preliminary.id()))
                .isInstanceOf(ResultsException.class).hasMessageContaining("Chỉ công bố được kết quả chính thức");
        assertThatThrownBy(() -> publications.sendPreliminary("admin", preliminary.id(), periods.today(),
                periods.today().minusDays(1)))
                .isInstanceOf(ResultsException.class).hasMessageContaining("sau ngày bắt đầu");
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(5));
        assertThatThrownBy(() -> publications.sendPreliminary("admin", preliminary.id(), periods.today(),
                periods.today().plusDays(5)))
                .isInstanceOf(ResultsException.class).hasMessageContaining("rồi");
    }

    @Test
    void finalResultsAreNotPublishedWhileAnObjectionAwaitsItsDecision() {
        long unit = periods.participants(current.id()).entrySet().stream()
                .filter(e -> e.getValue().equals("PL-II")).map(Map.Entry::getKey).findFirst().orElseThrow();
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(5));
        Objection objection = objections.raise(specialist(unit), current.id(), "A", "Điểm nhóm A chưa đúng",
                List.of());
        ResultSnapshot finalResults = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.FINAL, "Chính thức",
                preliminary.id());

        assertThatThrownBy(() -> publications.publishFinal("admin", finalResults.id()))
                .isInstanceOf(ResultsException.class).hasMessageContaining("1 kiến nghị");

        objections.decide(COUNCIL, objection.id(), objection.version(), false, null, null,
                "Hồ sơ không chứng minh được");
        assertThat(publications.publishFinal("admin", finalResults.id()).kind()).isEqualTo(SnapshotKind.FINAL);
    }

    @Test
    void anUpheldObjectionNeedsAValueTheFieldCanTake() {
        long unit = periods.participants(current.id()).entrySet().stream()
                .filter(e -> e.getValue().equals("PL-II")).map(Map.Entry::getKey).findFirst().orElseThrow();
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(5));
        Objection objection = objections.raise(specialist(unit), current.id(), "B1", "Số máy tính chưa đúng",
                List.of());

        assertThatThrownBy(() -> objections.decide(COUNCIL, objection.id(), objection.version(), true,
                "staff_with_pc", "năm mươi", "Biên bản kiểm kê"))
                .isInstanceOf(ResultsException.class).hasMessageContaining("không phải «năm mươi»");
        assertThat(objections.find(objection.id()).orElseThrow().isOpen()).isTrue();
        assertThat(layers.entries(current.id(), unit)).isEmpty();
    }

    @Test
    void onlyTheLatestSnapshotOfAGroupIsSentOrPublished() {
        ResultSnapshot older = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.FINAL, "Lần một", null);
        snapshots.save("admin", current.id(), "PL-II", SnapshotKind.FINAL, "Lần hai", older.id());

        assertThatThrownBy(() -> publications.publishFinal("admin", older.id()))
                .isInstanceOf(ResultsException.class).hasMessageContaining("mới nhất");
    }

    @Test
    void anObjectionIsDecidedOnceAndOnlyWithinTheWindow() {
        long unit = periods.participants(current.id()).entrySet().stream()
                .filter(e -> e.getValue().equals("PL-II")).map(Map.Entry::getKey).findFirst().orElseThrow();
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);
        assertThatThrownBy(() -> objections.raise(specialist(unit), current.id(), "A", "Chưa gửi", List.of()))
                .isInstanceOf(ResultsException.class).hasMessageContaining("thời hạn");
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(5));
        assertThatThrownBy(() -> objections.raise(specialist(unit), current.id(), "A", " ", List.of()))
                .isInstanceOf(ResultsException.class).hasMessageContaining("nội dung");
        Objection objection = objections.raise(specialist(unit), current.id(), "A", "Điểm chưa đúng", List.of());

        objections.decide(COUNCIL, objection.id(), objection.version(), false, null, null, "Không có căn cứ");

        assertThatThrownBy(() -> objections.decide(COUNCIL, objection.id(), objection.version(), true, "na:A",
                "true", "Quyết định lại"))
                .isInstanceOf(ResultsException.class).hasMessageContaining("vừa được hoidong quyết định");
        assertThat(objections.find(objection.id()).orElseThrow().status()).isEqualTo(Objection.Status.REJECTED);
    }

    private static CriterionNode firstYesNo(Appendix appendix) {
        return appendix.leaves().stream().filter(n -> n.rule() instanceof Rule.YesNo).findFirst().orElseThrow();
    }
}
