package vn.ictindex.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unit register's rules and persistence, run on H2 ({@link UnitRegisterH2Tests}) and PostgreSQL
 * ({@link UnitRegisterPostgresTests}). Each test rolls back.
 */
@Transactional
abstract class UnitRegisterContract {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    Unit justice;
    Unit health;

    @BeforeEach
    void demoUnits() {
        justice = units.findByCode("BT-STP").orElseThrow();
        health = units.findByCode("BT-SYT").orElseThrow();
    }

    @Test
    void keepsEveryDetailOfANewUnit() {
        Unit created = units.create(new Units.UnitDetails("LD-SKHCN", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
                "SKHCN", UnitKind.DEPARTMENT, justice.id(), "PL-IV (until 2019?)", MERGER, LocalDate.of(2030, 1, 1),
                "Ghi chú – có dấu"), "admin");

        Unit read = units.find(created.id()).orElseThrow();
        assertThat(read).isEqualTo(new Unit(created.id(), "LD-SKHCN", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
                "SKHCN", UnitKind.DEPARTMENT, justice.id(), "PL-IV (until 2019?)", MERGER, LocalDate.of(2030, 1, 1),
                "Ghi chú – có dấu", 0));
        assertThat(audit(created.id())).containsExactly("UNIT_CREATED");
    }

    @Test
    void neverReusesACodeNotEvenInAnotherCase() {
        assertThatThrownBy(() -> units.create(details("BT-STP", "Sở khác"), "admin"))
                .isInstanceOf(UnitCodeTakenException.class).hasMessageContaining("BT-STP");
        assertThatThrownBy(() -> units.create(details("bt-stp", "Sở khác"), "admin"))
                .isInstanceOf(UnitCodeTakenException.class);
    }

    @Test
    void refusesACodeWithSpacesOrAccents() {
        assertThatThrownBy(() -> units.create(details("BT SỞ", "Sở có dấu"), "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void anEditOnAStaleVersionChangesNothing() {
        units.update(justice.id(), justice.version(), renamed(justice, "Sở Tư pháp (lần 1)"), "admin");

        assertThatThrownBy(() -> units.update(justice.id(), justice.version(), renamed(justice, "Sở Tư pháp (lần 2)"),
                "other")).isInstanceOf(OptimisticLockingFailureException.class);
        Unit saved = units.find(justice.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Sở Tư pháp (lần 1)");
        assertThat(saved.version()).isEqualTo(justice.version() + 1);
        assertThat(audit(justice.id())).containsExactly("UNIT_UPDATED");
    }

    @Test
    void theEndDateMustBeAfterTheStart() {
        Units.UnitDetails sameDay = new Units.UnitDetails("BT-STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT, null,
                "PL-I", MERGER, MERGER, null);

        assertThatThrownBy(() -> units.update(justice.id(), justice.version(), sameDay, "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
    }

    @Test
    void aUnitIsNeitherItsOwnParentNorUnderItsOwnSubordinate() {
        assertThatThrownBy(() -> units.update(justice.id(), justice.version(), withParent(justice, justice.id()),
                "admin")).isInstanceOfSatisfying(UnitChangeException.class,
                e -> assertThat(e.code()).isEqualTo("unit.error.parentSelf"));

        units.update(health.id(), health.version(), withParent(health, justice.id()), "admin");
        assertThatThrownBy(() -> units.update(justice.id(), justice.version(), withParent(justice, health.id()),
                "admin")).isInstanceOfSatisfying(UnitChangeException.class,
                e -> assertThat(e.code()).isEqualTo("unit.error.parentCycle"));
    }

    @Test
    void keepsLineageEventsInDateOrderWithTheirSuccessors() {
        units.addLineage(justice.id(), new Units.LineageDetails(LineageEvent.MERGED_INTO, MERGER, health.id(),
                null, "Nghị quyết sắp xếp"), "admin");
        units.addLineage(justice.id(), new Units.LineageDetails(LineageEvent.RENAMED, LocalDate.of(2020, 1, 1),
                null, "Sở Tư pháp tỉnh Bình Thuận", null), "admin");

        List<UnitLineage> lineage = units.lineage(justice.id());
        assertThat(lineage).extracting(UnitLineage::event)
                .containsExactly(LineageEvent.RENAMED, LineageEvent.MERGED_INTO);
        assertThat(lineage.get(0).successorText()).isEqualTo("Sở Tư pháp tỉnh Bình Thuận");
        assertThat(lineage.get(0).successorId()).isNull();
        assertThat(lineage.get(1)).satisfies(l -> {
            assertThat(l.date()).isEqualTo(MERGER);
            assertThat(l.successorId()).isEqualTo(health.id());
            assertThat(l.successorCode()).isEqualTo("BT-SYT");
            assertThat(l.successorName()).isEqualTo("Sở Y tế");
            assertThat(l.note()).isEqualTo("Nghị quyết sắp xếp");
        });
        assertThat(units.lineage(health.id())).isEmpty();
        assertThat(audit(justice.id())).containsExactly("UNIT_LINEAGE_ADDED", "UNIT_LINEAGE_ADDED");
    }

    @Test
    void aMergerRenameOrSplitNamesItsSuccessor() {
        for (LineageEvent event : List.of(LineageEvent.MERGED_INTO, LineageEvent.RENAMED, LineageEvent.SPLIT_INTO)) {
            assertThatThrownBy(() -> units.addLineage(justice.id(),
                    new Units.LineageDetails(event, MERGER, null, "  ", null), "admin"))
                    .isInstanceOfSatisfying(UnitChangeException.class,
                            e -> assertThat(e.code()).isEqualTo("unit.error.successorRequired"));
        }
        assertThat(units.lineage(justice.id())).isEmpty();
    }

    @Test
    void anAbolitionHasNoSuccessorAndNoUnitSucceedsItself() {
        assertThatThrownBy(() -> units.addLineage(justice.id(),
                new Units.LineageDetails(LineageEvent.ABOLISHED, MERGER, health.id(), null, null), "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class,
                        e -> assertThat(e.code()).isEqualTo("unit.error.successorNotAllowed"));
        assertThatThrownBy(() -> units.addLineage(justice.id(),
                new Units.LineageDetails(LineageEvent.MERGED_INTO, MERGER, justice.id(), null, null), "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class,
                        e -> assertThat(e.code()).isEqualTo("unit.error.successorSelf"));

        units.addLineage(justice.id(), new Units.LineageDetails(LineageEvent.ABOLISHED, MERGER, null, null, null),
                "admin");
        assertThat(units.lineage(justice.id())).singleElement()
                .satisfies(l -> assertThat(l.event()).isEqualTo(LineageEvent.ABOLISHED));
    }

    @Test
    void aLineageEventNeedsADateAndAnExistingUnit() {
        assertThatThrownBy(() -> units.addLineage(justice.id(),
                new Units.LineageDetails(LineageEvent.ABOLISHED, null, null, null, null), "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> units.addLineage(987654,
                new Units.LineageDetails(LineageEvent.ABOLISHED, MERGER, null, null, null), "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class,
                        e -> assertThat(e.code()).isEqualTo("unit.error.notFound"));
        assertThatThrownBy(() -> units.addLineage(justice.id(),
                new Units.LineageDetails(LineageEvent.MERGED_INTO, MERGER, 987654L, null, null), "admin"))
                .isInstanceOfSatisfying(UnitChangeException.class,
                        e -> assertThat(e.code()).isEqualTo("unit.error.successorUnknown"));
    }

    private List<String> audit(long unitId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'unit' AND unit_id = :u ORDER BY id")
                .param("u", unitId).query(String.class).list();
    }

    private static Units.UnitDetails details(String code, String name) {
        return new Units.UnitDetails(code, name, null, UnitKind.DEPARTMENT, null, "PL-I", null, null, null);
    }

    private static Units.UnitDetails renamed(Unit u, String name) {
        return new Units.UnitDetails(u.code(), name, u.shortName(), u.kind(), u.parentId(), u.defaultAppendix(),
                u.validFrom(), u.validTo(), u.note());
    }

    private static Units.UnitDetails withParent(Unit u, Long parentId) {
        return new Units.UnitDetails(u.code(), u.name(), u.shortName(), u.kind(), parentId, u.defaultAppendix(),
                u.validFrom(), u.validTo(), u.note());
    }
}
