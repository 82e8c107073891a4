package vn.ictindex.criteria;

import org.junit.jupiter.api.Test;
import vn.ictindex.criteria.VersionDiff.Change;
import vn.ictindex.criteria.VersionDiff.ChangeKind;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.TargetGroup;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class VersionDiffsTests {

    private final CriteriaVersion reference = CriteriaDraftFixtures.reference2019();

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        VersionDiff diff = VersionDiffs.between(reference, reference);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.summary().layoutUnchanged()).isTrue();
        assertThat(diff.summary().totalPointsUnchanged()).isTrue();
        assertThat(diff.summary().classificationUnchanged()).isTrue();
        assertThat(diff.summary().appendicesAdded()).isEmpty();
        assertThat(diff.summary().paragraph()).contains("4. Những điều chỉnh, bổ sung trong từng nhóm tiêu chí: không có.");
    }

    @Test
    void aScriptedSequenceOfEditsYieldsExactlyThoseChanges() {
        CriteriaVersion draft = CriteriaDraftFixtures.draftOf(reference, "2020");
        draft = DraftEdits.updateNode(draft, "PL-I", "A1", n -> CriteriaDraftFixtures.renamed(n, "Tỷ lệ máy tính mới"));
        draft = DraftEdits.updateNode(draft, "PL-I", "A2", n -> CriteriaDraftFixtures.withMax(n, "12"));
        draft = DraftEdits.updateNode(draft, "PL-I", "A3", n -> CriteriaDraftFixtures.withRule(n, new Rule.Manual()));
        DraftEdits.Added added = DraftEdits.addChild(draft, "PL-I", "B", "Ứng dụng trí tuệ nhân tạo", BigDecimal.ONE);
        draft = DraftEdits.remove(added.version(), "PL-I", "E4");
        draft = DraftEdits.move(draft, "PL-I", "C9", "PL-I", "D");

        VersionDiff diff = VersionDiffs.between(reference, draft);

        assertThat(diff.allChanges()).extracting(Change::kind, Change::nodeKey).containsExactly(
                tuple(ChangeKind.NODE_RENAMED, "A1"),
                tuple(ChangeKind.POINTS_CHANGED, "A2"),
                tuple(ChangeKind.RULE_CHANGED, "A3"),
                tuple(ChangeKind.NODE_ADDED, added.key()),
                tuple(ChangeKind.NODE_MOVED, "C9"),
                tuple(ChangeKind.NODE_REMOVED, "E4"));
        assertThat(diff.appendices()).extracting(VersionDiff.AppendixChanges::appendixId).containsExactly("PL-I");
        assertThat(diff.appendices().get(0).groups()).extracting(VersionDiff.GroupChanges::groupKey)
                .containsExactly("A", "B", "D", "E");
        Change points = diff.allChanges().get(1);
        assertThat(points.before()).isEqualTo("10");
        assertThat(points.after()).isEqualTo("12");
        assertThat(points.description()).isEqualTo("Điều chỉnh điểm tối đa của tiêu chí A2 «" + points.nodeName()
                + "» từ 10 điểm thành 12 điểm.");
        assertThat(diff.allChanges().get(4).description()).contains("từ PL-I / C sang PL-I / D");
        assertThat(diff.summary().paragraph()).contains("bổ sung 1 tiêu chí, bỏ 1 tiêu chí, chuyển vị trí 1 tiêu chí, "
                + "sửa tên 1 tiêu chí, điều chỉnh điểm 1 tiêu chí, điều chỉnh cách chấm 1 tiêu chí");
    }

    @Test
    void aNodeThatMovedToAnotherAppendixIsMovedNotRemovedAndAdded() {
        CriteriaVersion draft = CriteriaDraftFixtures.draftOf(reference, "2020");
        draft = DraftEdits.addAppendixCopy(draft, "PL-I", "PL-IA", "Phụ lục I-A – Văn phòng UBND tỉnh, Thanh tra tỉnh",
                new TargetGroup("VP-TT", "Văn phòng UBND tỉnh, Thanh tra tỉnh"));
        draft = DraftEdits.remove(draft, "PL-IA", "C9");
        draft = DraftEdits.move(draft, "PL-I", "C9", "PL-IA", "C");

        VersionDiff diff = VersionDiffs.between(reference, draft);

        assertThat(diff.allChanges()).extracting(Change::kind, Change::nodeKey).containsExactly(
                tuple(ChangeKind.APPENDIX_ADDED, "PL-IA"),
                tuple(ChangeKind.NODE_MOVED, "C9"));
        assertThat(diff.allChanges().get(1).before()).isEqualTo("PL-I / C");
        assertThat(diff.allChanges().get(1).after()).isEqualTo("PL-IA / C");
        assertThat(diff.summary().appendicesAdded()).containsExactly("PL-IA");
        assertThat(diff.summary().layoutUnchanged()).isTrue();
        assertThat(diff.summary().paragraph())
                .contains("2. Về nhóm đối tượng đánh giá: bổ sung PL-IA để đánh giá, xếp hạng riêng «Văn phòng UBND"
                        + " tỉnh, Thanh tra tỉnh».");
    }

    @Test
    void theChildrenOfAMovedNodeTravelWithItAndAreNotListed() {
        CriteriaVersion draft = CriteriaDraftFixtures.draftOf(reference, "2020");
        DraftEdits.Added child = DraftEdits.addChild(draft, "PL-I", "C9", "Tiêu chí con", BigDecimal.ONE);
        CriteriaVersion withChild = child.version();
        CriteriaVersion moved = DraftEdits.move(withChild, "PL-I", "C9", "PL-I", "D");

        VersionDiff diff = VersionDiffs.between(withChild, moved);

        assertThat(diff.allChanges()).extracting(Change::kind, Change::nodeKey)
                .containsExactly(tuple(ChangeKind.NODE_MOVED, "C9"));
    }

    @Test
    void changedPointsOfAGroupChangeTheSummaryOfTotalPoints() {
        CriteriaVersion draft = DraftEdits.updateNode(reference, "PL-II", "A",
                n -> CriteriaDraftFixtures.withMax(n, "70"));
        draft = DraftEdits.updateAppendix(draft, "PL-II", a -> new vn.ictindex.scoring.Appendix(a.id(), a.title(),
                a.titleEn(), a.targetGroup(), new BigDecimal("510"), a.rounding(), a.classification(), a.ranking(),
                a.inputs(), a.constraints(), a.groups(), a.adjustments()));

        VersionDiff diff = VersionDiffs.between(reference, draft);

        assertThat(diff.allChanges()).extracting(Change::kind, Change::nodeKey).containsExactly(
                tuple(ChangeKind.POINTS_CHANGED, "PL-II"),
                tuple(ChangeKind.POINTS_CHANGED, "A"));
        assertThat(diff.appendices().get(0).groups().get(0).wholeAppendix()).isTrue();
        assertThat(diff.summary().totalPointsUnchanged()).isFalse();
        assertThat(diff.summary().paragraph()).contains("tổng số điểm đánh giá có thay đổi");
    }

    @Test
    void everyKindOfNodeChangeIsRecognised() {
        CriteriaVersion v = CriteriaFixtures.everyRuleVersion();
        CriterionNode a1 = DraftEdits.node(v, "PL-T", "A1");
        CriteriaVersion changed = DraftEdits.updateNode(v, "PL-T", "A1", n -> new CriterionNode(n.key(), n.name(),
                n.nameEn(), n.maxPoints(), "Hướng dẫn mới", n.evidence(), List.of("Quyết định mới"),
                n.notApplicable(), List.of(), List.of(), n.rule(), n.children(), n.note()));

        VersionDiff diff = VersionDiffs.between(v, changed);

        assertThat(diff.allChanges()).extracting(Change::kind).containsExactly(ChangeKind.EVIDENCE_CHANGED,
                ChangeKind.GUIDE_CHANGED, ChangeKind.INPUTS_CHANGED);
        assertThat(diff.allChanges()).allSatisfy(c -> assertThat(c.nodeKey()).isEqualTo(a1.key()));
    }
}
