package vn.ictindex.results;

import org.springframework.stereotype.Service;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Classification;
import vn.ictindex.scoring.CriterionNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ranking of a target group read from a snapshot, with the change against the previous year's published final
 * results of the same appendix, the distribution of classes and each unit's criteria groups as a percentage of their
 * maximum (for the charts).
 */
@Service
public class Rankings {

    private final ResultSnapshots snapshots;
    private final ResultsVisibility visibility;
    private final Periods periods;
    private final Units units;
    private final CriteriaVersions criteria;

    Rankings(ResultSnapshots snapshots, ResultsVisibility visibility, Periods periods, Units units,
             CriteriaVersions criteria) {
        this.snapshots = snapshots;
        this.visibility = visibility;
        this.periods = periods;
        this.units = units;
        this.criteria = criteria;
    }

    /**
     * One line of the ranking.
     *
     * @param previousRank  the rank in last year's published final results, or null when there were none
     * @param previousTotal the total then, or null
     */
    public record Row(long unitId, String unitName, String shortName, Integer rank, BigDecimal total,
                      BigDecimal applicableMax, BigDecimal percent, String classification, Integer previousRank,
                      BigDecimal previousTotal) {

        /** Places gained since last year (positive is better), or null. */
        public Integer rankChange() {
            return rank == null || previousRank == null ? null : previousRank - rank;
        }

        public BigDecimal totalChange() {
            return total == null || previousTotal == null ? null : total.subtract(previousTotal);
        }
    }

    /**
     * @param previousYear  the year compared against, or null when no published results of that appendix exist
     * @param classCounts   units per class, in the order of the bands, then "not classified" when any
     * @param groups        the criteria groups (key → name)
     * @param groupPercents by unit: each criteria group's points as a percentage of its maximum for the unit
     */
    public record GroupRanking(Period period, Appendix appendix, ResultSnapshot snapshot, List<Row> rows,
                               Integer previousYear, Map<String, Integer> classCounts, Map<String, String> groups,
                               Map<Long, List<BigDecimal>> groupPercents) {

        /** The group average of each criteria group's percentage. */
        public List<BigDecimal> groupAverage() {
            List<BigDecimal> average = new ArrayList<>();
            int size = groups.size();
            for (int i = 0; i < size; i++) {
                int index = i;
                List<BigDecimal> values = groupPercents.values().stream().map(l -> l.get(index))
                        .filter(v -> v != null).toList();
                average.add(values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
            }
            return average;
        }

        public boolean hasTie() {
            return rows.stream().map(Row::rank).filter(r -> r != null)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                    .values().stream().anyMatch(c -> c > 1);
        }
    }

    public GroupRanking ranking(ResultSnapshot snapshot) {
        Period period = periods.find(snapshot.periodId()).orElseThrow();
        Appendix appendix = appendix(period, snapshot.appendixId());
        Map<Long, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, u -> u));
        Optional<Period> previous = periods.all().stream().filter(p -> p.year() == period.year() - 1).findFirst();
        Optional<ResultSnapshot> previousSnapshot = previous.flatMap(p ->
                visibility.publishedFinal(p.id(), snapshot.appendixId()));
        Map<Long, UnitStanding> before = previousSnapshot.map(s -> snapshots.units(s.id()).stream()
                .collect(Collectors.toMap(UnitStanding::unitId, u -> u))).orElse(Map.of());
        List<Row> rows = new ArrayList<>();
        for (UnitStanding u : snapshots.units(snapshot.id())) {
            UnitStanding old = before.get(u.unitId());
            Unit unit = byId.get(u.unitId());
            String name = unit == null ? "#" + u.unitId() : unit.name();
            rows.add(new Row(u.unitId(), name, unit == null || unit.shortName() == null || unit.shortName().isBlank()
                    ? name : unit.shortName(), u.rank(), u.total(),
                    u.applicableMax(), u.percent(), u.classification(), old == null ? null : old.rank(),
                    old == null ? null : old.total()));
        }
        Comparator<Row> byRank = Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()));
        rows.sort(byRank.thenComparing(VietnameseOrder.by(Row::unitName)));

        Map<String, Integer> classCounts = new LinkedHashMap<>();
        for (Classification.Band band : appendix.classification().bands()) {
            classCounts.put(band.label(), 0);
        }
        for (Row row : rows) {
            String label = row.classification() == null ? "Không xếp loại" : row.classification();
            classCounts.merge(label, 1, Integer::sum);
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (CriterionNode group : appendix.groups()) {
            groups.put(group.key(), group.name());
        }
        Map<Long, List<BigDecimal>> percents = new LinkedHashMap<>();
        snapshots.groupsOfEveryUnit(snapshot.id()).forEach((unitId, nodes) -> {
            Map<String, NodeStanding> byKey = nodes.stream().collect(Collectors.toMap(NodeStanding::nodeKey, n -> n));
            percents.put(unitId, groups.keySet().stream().map(k -> percent(byKey.get(k))).toList());
        });
        return new GroupRanking(period, appendix, snapshot, List.copyOf(rows),
                previousSnapshot.isPresent() ? period.year() - 1 : null, classCounts, groups, percents);
    }

    private static BigDecimal percent(NodeStanding node) {
        if (node == null || node.points() == null || node.maxPoints() == null || node.maxPoints().signum() == 0) {
            return null;
        }
        return node.points().multiply(BigDecimal.valueOf(100)).divide(node.maxPoints(), 2, RoundingMode.HALF_UP);
    }

    public Appendix appendix(Period period, String appendixId) {
        return criteria.find(period.criteriaCode(), period.criteriaVersion()).flatMap(v -> v.appendix(appendixId))
                .orElseThrow(() -> new ResultsException("Bộ tiêu chí của kỳ không có phụ lục " + appendixId));
    }
}
