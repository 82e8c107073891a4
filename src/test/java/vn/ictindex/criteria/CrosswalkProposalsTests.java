package vn.ictindex.criteria;

import org.junit.jupiter.api.Test;
import vn.ictindex.criteria.Crosswalk.Entry;
import vn.ictindex.criteria.Crosswalk.Kind;
import vn.ictindex.scoring.TargetGroup;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CrosswalkProposalsTests {

    private final CriteriaVersion issued = CriteriaFixtures.everyRuleVersion();
    private final CriteriaVersion draft = CriteriaDraftFixtures.draftOf(issued, "2");

    @Test
    void anUnchangedVersionMapsEveryKeyToItselfAsTheSame() {
        List<Entry> entries = CrosswalkProposals.propose(issued, draft);

        assertThat(entries).hasSize(issued.appendices().get(0).allNodes().size())
                .allSatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.SAME);
                    assertThat(e.toKey()).isEqualTo(e.fromKey());
                });
    }

    @Test
    void aKeptKeyWithAnotherNameIsRenamed() {
        CriteriaVersion to = DraftEdits.updateNode(draft, "PL-T", "A1",
                n -> CriteriaDraftFixtures.renamed(n, "Tỷ lệ cán bộ có máy tính"));

        assertThat(CrosswalkProposals.propose(issued, to)).filteredOn(e -> "A1".equals(e.fromKey()))
                .extracting(Entry::toKey, Entry::kind).containsExactly(tuple("A1", Kind.RENAMED));
    }

    @Test
    void aRemovedNodeWithASimilarlyNamedNewNodeIsProposedAsRenamedAndTheRestAsRemovedOrNew() {
        CriteriaVersion to = DraftEdits.remove(draft, "PL-T", "A1");
        DraftEdits.Added similar = DraftEdits.addChild(to, "PL-T", "A", "Tỷ lệ CBCCVC có máy tính để bàn",
                BigDecimal.TEN);
        to = DraftEdits.remove(similar.version(), "PL-T", "B1");
        DraftEdits.Added unrelated = DraftEdits.addChild(to, "PL-T", "B", "Chuyển đổi số", BigDecimal.ONE);

        List<Entry> entries = CrosswalkProposals.propose(issued, unrelated.version());

        assertThat(entries).filteredOn(e -> e.kind() != Kind.SAME)
                .extracting(Entry::fromKey, Entry::toKey, Entry::kind).containsExactly(
                        tuple("A1", similar.key(), Kind.RENAMED),
                        tuple("B1", null, Kind.REMOVED),
                        tuple(null, unrelated.key(), Kind.NEW));
        assertThat(entries).filteredOn(e -> "A1".equals(e.fromKey())).singleElement()
                .satisfies(e -> assertThat(e.note()).startsWith("Đề xuất theo tên gần giống"));
    }

    @Test
    void oneOldNameResemblingTwoNewOnesIsASplit() {
        CriteriaVersion to = DraftEdits.remove(draft, "PL-T", "A1");
        DraftEdits.Added desktops = DraftEdits.addChild(to, "PL-T", "A", "Tỷ lệ CBCCVC có máy tính bàn",
                BigDecimal.ONE);
        DraftEdits.Added laptops = DraftEdits.addChild(desktops.version(), "PL-T", "A",
                "Tỷ lệ CBCCVC có máy tính xách tay", BigDecimal.ONE);

        assertThat(CrosswalkProposals.propose(issued, laptops.version())).filteredOn(e -> e.kind() != Kind.SAME)
                .extracting(Entry::fromKey, Entry::toKey, Entry::kind).containsExactly(
                        tuple("A1", desktops.key(), Kind.SPLIT),
                        tuple("A1", laptops.key(), Kind.SPLIT));
    }

    @Test
    void twoOldNamesResemblingOneNewOneAreMerged() {
        CriteriaVersion from = DraftEdits.updateNode(issued, "PL-T", "B1",
                n -> CriteriaDraftFixtures.renamed(n, "Số cuộc họp trực tuyến cấp tỉnh"));
        from = DraftEdits.updateNode(from, "PL-T", "B2",
                n -> CriteriaDraftFixtures.renamed(n, "Số cuộc họp trực tuyến cấp huyện"));
        CriteriaVersion to = DraftEdits.remove(DraftEdits.remove(draft, "PL-T", "B1"), "PL-T", "B2");
        DraftEdits.Added merged = DraftEdits.addChild(to, "PL-T", "B", "Số cuộc họp trực tuyến các cấp",
                BigDecimal.TEN);

        assertThat(CrosswalkProposals.propose(from, merged.version())).filteredOn(e -> e.kind() != Kind.SAME)
                .extracting(Entry::fromKey, Entry::toKey, Entry::kind).containsExactly(
                        tuple("B1", merged.key(), Kind.MERGED),
                        tuple("B2", merged.key(), Kind.MERGED));
    }

    @Test
    void aNodeOfANewAppendixMapsFromTheSameKeyOfTheAppendixItWasCopiedFrom() {
        CriteriaVersion to = DraftEdits.addAppendixCopy(draft, "PL-T", "PL-U", "Phụ lục U",
                new TargetGroup("U", "Khối U"));

        List<Entry> entries = CrosswalkProposals.propose(issued, to);

        assertThat(entries).filteredOn(e -> "PL-U".equals(e.toAppendix())).isNotEmpty().allSatisfy(e -> {
            assertThat(e.fromAppendix()).isEqualTo("PL-T");
            assertThat(e.toKey()).isEqualTo(e.fromKey());
            assertThat(e.kind()).isEqualTo(Kind.SAME);
        });
        assertThat(new Crosswalk(issued.id(), to.id(), entries, false, null, null, 0).of("PL-T", "A1"))
                .extracting(Entry::toAppendix).containsExactly("PL-T", "PL-U");
    }

    @Test
    void namesAreComparedWithoutCaseOrDiacritics() {
        assertThat(CrosswalkProposals.similarity("Tỷ lệ văn bản điện tử", "TY LE VAN BAN DIEN TU")).isEqualTo(1.0);
        assertThat(CrosswalkProposals.similarity("Đường truyền", "duong truyen so lieu")).isEqualTo(0.5);
    }
}
