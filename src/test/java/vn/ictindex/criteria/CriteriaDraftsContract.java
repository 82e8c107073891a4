package vn.ictindex.criteria;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.scoring.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What drafts must do on every database: copy, edit under a lock, audit, issue once and never change again. */
@Transactional
abstract class CriteriaDraftsContract {

    @Autowired
    CriteriaDrafts drafts;

    @Autowired
    CriteriaVersions versions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Crosswalks crosswalks;

    private final CriteriaVersion issued = CriteriaFixtures.everyRuleVersion();

    @BeforeEach
    void storeTheIssuedVersion() {
        versions.store(issued, "every-rule.yaml");
    }

    @Test
    void aDraftStartsAsACopyOfTheIssuedVersionThatItSupersedes() {
        CriteriaVersion draft = drafts.start("TEST-ALL-RULES", "1", "2", "admin");

        CriteriaVersion stored = versions.find("TEST-ALL-RULES", "2").orElseThrow();
        assertThat(stored.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(stored.supersedes()).isEqualTo("TEST-ALL-RULES@1");
        assertThat(stored.decision()).isNull();
        assertThat(stored.appendices()).isEqualTo(issued.appendices());
        assertThat(VersionDiffs.between(issued, draft).isEmpty()).isTrue();
        assertThat(auditActions("TEST-ALL-RULES@2")).containsExactly(CriteriaDrafts.STARTED);
    }

    @Test
    void aLabelAlreadyTakenIsRefused() {
        assertThatThrownBy(() -> drafts.start("TEST-ALL-RULES", "1", "1", "admin"))
                .isInstanceOf(DraftEditException.class).hasMessageContaining("Đã có phiên bản TEST-ALL-RULES@1");
    }

    @Test
    void anIssuedVersionNeverChanges() {
        int lock = versions.state("TEST-ALL-RULES", "1").orElseThrow().lockVersion();

        assertThatThrownBy(() -> drafts.edit("TEST-ALL-RULES", "1", lock,
                v -> DraftEdits.remove(v, "PL-T", "A1"), "bỏ A1", "admin"))
                .isInstanceOf(VersionNotEditableException.class).hasMessageContaining("đã ban hành");
        assertThatThrownBy(() -> versions.replaceDraft(DraftEdits.remove(issued, "PL-T", "A1"), lock))
                .isInstanceOf(VersionNotEditableException.class);
        assertThat(versions.find("TEST-ALL-RULES", "1").orElseThrow()).isEqualTo(issued);
    }

    @Test
    void anEditIsStoredEvenWhenItMakesTheDraftInvalidAndItsProblemsAreListed() {
        drafts.start("TEST-ALL-RULES", "1", "2", "admin");
        int lock = drafts.load("TEST-ALL-RULES", "2").lockVersion();

        CriteriaDrafts.Draft edited = drafts.edit("TEST-ALL-RULES", "2", lock, v -> DraftEdits.updateNode(v, "PL-T",
                "A1", n -> CriteriaDraftFixtures.withMax(n, "99")), "điểm A1", "admin");

        CriteriaDrafts.Draft reloaded = drafts.load("TEST-ALL-RULES", "2");
        assertThat(reloaded.version()).isEqualTo(edited.version());
        assertThat(reloaded.lockVersion()).isEqualTo(lock + 1);
        assertThat(reloaded.problems()).isNotEmpty()
                .anySatisfy(p -> assertThat(p.nodePath()).contains("A"));
        assertThat(auditNewValues("TEST-ALL-RULES@2"))
                .anySatisfy(v -> assertThat(v).contains("Điều chỉnh điểm tối đa của tiêu chí A1"));
    }

    @Test
    void aStaleEditIsRefusedAndTheEarlierOneKept() {
        drafts.start("TEST-ALL-RULES", "1", "2", "admin");
        int lock = drafts.load("TEST-ALL-RULES", "2").lockVersion();
        drafts.edit("TEST-ALL-RULES", "2", lock, v -> DraftEdits.updateNode(v, "PL-T", "A1",
                n -> CriteriaDraftFixtures.renamed(n, "Tên của người thứ nhất")), "tên A1", "admin");

        assertThatThrownBy(() -> drafts.edit("TEST-ALL-RULES", "2", lock, v -> DraftEdits.updateNode(v, "PL-T", "A1",
                n -> CriteriaDraftFixtures.renamed(n, "Tên của người thứ hai")), "tên A1", "admin"))
                .isInstanceOf(StaleDraftException.class);
        assertThat(DraftEdits.node(versions.find("TEST-ALL-RULES", "2").orElseThrow(), "PL-T", "A1").name())
                .isEqualTo("Tên của người thứ nhất");
    }

    @Test
    void issuingMakesTheDraftImmutableAndMarksTheVersionItReplaces() {
        drafts.start("TEST-ALL-RULES", "1", "2", "admin");
        int lock = drafts.edit("TEST-ALL-RULES", "2", drafts.load("TEST-ALL-RULES", "2").lockVersion(),
                v -> DraftEdits.addAppendixCopy(v, "PL-T", "PL-U", "Phụ lục U", new TargetGroup("U", "Khối U")),
                "phụ lục mới", "admin").lockVersion();

        CriteriaVersion result = drafts.issue("TEST-ALL-RULES", "2", lock,
                new Decision("1867/QĐ-UBND", LocalDate.of(2019, 7, 23), "Chủ tịch UBND tỉnh"), 2019, "admin");

        assertThat(result.status()).isEqualTo(VersionStatus.ISSUED);
        CriteriaVersion stored = versions.find("TEST-ALL-RULES", "2").orElseThrow();
        assertThat(stored.decision().number()).isEqualTo("1867/QĐ-UBND");
        assertThat(stored.effectiveFrom()).isEqualTo(2019);
        assertThat(versions.state("TEST-ALL-RULES", "1").orElseThrow().supersededBy()).isEqualTo("TEST-ALL-RULES@2");
        assertThat(versions.inForce(2020)).contains("TEST-ALL-RULES@2");
        int issuedLock = versions.state("TEST-ALL-RULES", "2").orElseThrow().lockVersion();
        assertThatThrownBy(() -> drafts.edit("TEST-ALL-RULES", "2", issuedLock,
                v -> DraftEdits.remove(v, "PL-U", "A"), "bỏ A", "admin"))
                .isInstanceOf(VersionNotEditableException.class);
        assertThat(auditActions("TEST-ALL-RULES@2")).containsExactly(CriteriaDrafts.STARTED, CriteriaDrafts.EDITED,
                CriteriaDrafts.ISSUED);
    }

    @Test
    void aDraftWithProblemsCannotBeIssued() {
        drafts.start("TEST-ALL-RULES", "1", "2", "admin");
        int lock = drafts.edit("TEST-ALL-RULES", "2", drafts.load("TEST-ALL-RULES", "2").lockVersion(),
                v -> DraftEdits.addChild(v, "PL-T", "A", "Tiêu chí mới", BigDecimal.TEN).version(), "thêm",
                "admin").lockVersion();

        assertThatThrownBy(() -> drafts.issue("TEST-ALL-RULES", "2", lock,
                new Decision("1/QĐ", LocalDate.of(2019, 7, 23), "Chủ tịch"), 2019, "admin"))
                .isInstanceOf(DraftEditException.class).hasMessageContaining("lỗi");
        assertThat(versions.state("TEST-ALL-RULES", "2").orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aCrosswalkIsProposedUntilTheDepartmentConfirmsItAsEdited() {
        drafts.start("TEST-ALL-RULES", "1", "2", "admin");
        Crosswalk proposed = crosswalks.between("TEST-ALL-RULES@1", "TEST-ALL-RULES@2").orElseThrow();
        assertThat(proposed.confirmed()).isFalse();
        java.util.List<Crosswalk.Entry> edited = new java.util.ArrayList<>(proposed.entries());
        edited.set(0, new Crosswalk.Entry(edited.get(0).fromAppendix(), edited.get(0).fromKey(),
                edited.get(0).toAppendix(), edited.get(0).toKey(), Crosswalk.Kind.RENAMED, "Đổi tên theo góp ý"));

        crosswalks.confirm("TEST-ALL-RULES@1", "TEST-ALL-RULES@2", edited, 0, "admin");

        Crosswalk confirmed = crosswalks.between("TEST-ALL-RULES@1", "TEST-ALL-RULES@2").orElseThrow();
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.confirmedBy()).isEqualTo("admin");
        assertThat(confirmed.entries()).isEqualTo(edited);
        assertThatThrownBy(() -> crosswalks.confirm("TEST-ALL-RULES@1", "TEST-ALL-RULES@2", edited, 0, "admin"))
                .isInstanceOf(StaleDraftException.class);
        assertThat(auditActions("TEST-ALL-RULES@1 → TEST-ALL-RULES@2")).containsExactly(Crosswalks.CONFIRMED);
    }

    @Test
    void aCrosswalkNamingAKeyThatDoesNotExistIsRefusedLineByLine() {
        drafts.start("TEST-ALL-RULES", "1", "2", "admin");
        java.util.List<Crosswalk.Entry> entries = java.util.List.of(
                new Crosswalk.Entry("PL-T", "A1", "PL-T", "A1", Crosswalk.Kind.SAME, null),
                new Crosswalk.Entry("PL-T", "ZZ9", "PL-T", "A1", Crosswalk.Kind.MERGED, null),
                new Crosswalk.Entry("PL-T", "A2", "PL-T", "A2", Crosswalk.Kind.NEW, null));

        assertThatThrownBy(() -> crosswalks.confirm("TEST-ALL-RULES@1", "TEST-ALL-RULES@2", entries, 0, "admin"))
                .isInstanceOfSatisfying(CrosswalkException.class, e -> assertThat(e.problems()).containsOnlyKeys(1, 2));
        assertThat(crosswalks.between("TEST-ALL-RULES@1", "TEST-ALL-RULES@2").orElseThrow().confirmed()).isFalse();
    }

    private java.util.List<String> auditActions(String subject) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject_id = :s ORDER BY id").param("s", subject)
                .query(String.class).list();
    }

    private java.util.List<String> auditNewValues(String subject) {
        return jdbc.sql("SELECT new_value FROM audit_event WHERE subject_id = :s ORDER BY id").param("s", subject)
                .query(String.class).list();
    }
}
