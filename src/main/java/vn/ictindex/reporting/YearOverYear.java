package vn.ictindex.reporting;

import org.springframework.stereotype.Service;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.criteria.Crosswalk;
import vn.ictindex.criteria.Crosswalks;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.results.NodeStanding;
import vn.ictindex.results.Rankings;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.UnitStanding;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A target group, or one unit, compared between two periods from their published final results only (published
 * results are public, so anybody signed in may compare them). Criteria groups are matched by their key, or through the
 * crosswalk between the two criteria versions when the periods use different ones; a group that exists in one period's
 * criteria only, or was split or merged, cannot be compared and says so.
 */
@Service
public class YearOverYear {

    private final ResultsVisibility visibility;
    private final ResultSnapshots snapshots;
    private final Rankings rankings;
    private final Periods periods;
    private final Units units;
    private final Crosswalks crosswalks;

    YearOverYear(ResultsVisibility visibility, ResultSnapshots snapshots, Rankings rankings, Periods periods,
                 Units units, Crosswalks crosswalks) {
        this.crosswalks = crosswalks;
        this.visibility = visibility;
        this.snapshots = snapshots;
        this.rankings = rankings;
        this.periods = periods;
        this.units = units;
    }

    /** A value in both periods; either may be null (not published, not ranked, not in the group). */
    public record Change(BigDecimal before, BigDecimal after) {

        public BigDecimal difference() {
            return before == null || after == null ? null : after.subtract(before);
        }

        /** ▲ when the value rose, ▼ when it fell, blank when equal or not comparable. */
        public String arrow() {
            BigDecimal d = difference();
            return d == null || d.signum() == 0 ? "" : d.signum() > 0 ? "▲" : "▼";
        }
    }

    /** A rank in both periods: a smaller number is better, so the arrow points up when the rank number falls. */
    public record RankChange(Integer before, Integer after) {

        /** Places gained (positive is better), or null. */
        public Integer gained() {
            return before == null || after == null ? null : before - after;
        }

        public String arrow() {
            Integer g = gained();
            return g == null || g == 0 ? "" : g > 0 ? "▲" : "▼";
        }
    }

    public record UnitLine(long unitId, String unitName, Change total, RankChange rank, String classBefore,
                           String classAfter) {
    }

    /**
     * One criteria group.
     *
     * @param comparable false when the group exists in one period's criteria only ("không so sánh được")
     */
    public record GroupLine(String key, String name, Change points, Change max, boolean comparable) {
    }

    /**
     * @param missing why nothing can be compared (a period without published results for the group), or null
     */
    public record GroupComparison(Period before, Period after, String appendixId, String targetGroup,
                                  List<UnitLine> units, String missing) {
    }

    public record UnitComparison(Period before, Period after, Unit unit, UnitLine line, List<GroupLine> groups,
                                 String missing) {
    }

    /** The periods, newest first, to choose from. */
    public List<Period> periods() {
        return periods.all().stream().sorted(Comparator.comparingInt(Period::year).reversed()).toList();
    }

    /** The appendices with published final results in either period, in order. */
    public List<String> appendices(long beforeId, long afterId) {
        Set<String> ids = new java.util.TreeSet<>();
        for (long periodId : List.of(beforeId, afterId)) {
            for (String a : snapshots.appendices(periodId)) {
                if (visibility.publishedFinal(periodId, a).isPresent()) {
                    ids.add(a);
                }
            }
        }
        return List.copyOf(ids);
    }

    public GroupComparison group(long beforeId, long afterId, String appendixId) {
        Period before = period(beforeId);
        Period after = period(afterId);
        Optional<ResultSnapshot> a = visibility.publishedFinal(beforeId, appendixId);
        Optional<ResultSnapshot> b = visibility.publishedFinal(afterId, appendixId);
        String targetGroup = b.or(() -> a).map(s -> rankings.appendix(period(s.periodId()), appendixId)
                .targetGroup().name()).orElse(appendixId);
        if (a.isEmpty() || b.isEmpty()) {
            return new GroupComparison(before, after, appendixId, targetGroup, List.of(),
                    missing(a.isEmpty() ? before : after, appendixId));
        }
        Map<Long, UnitStanding> was = byUnit(a.get());
        Map<Long, UnitStanding> is = byUnit(b.get());
        Set<Long> all = new LinkedHashSet<>(is.keySet());
        all.addAll(was.keySet());
        List<UnitLine> lines = new ArrayList<>();
        for (long unitId : all) {
            lines.add(line(unitId, was.get(unitId), is.get(unitId)));
        }
        Comparator<UnitLine> byRank = Comparator.comparing(l -> l.rank().after(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        lines.sort(byRank.thenComparing(VietnameseOrder.by(UnitLine::unitName)));
        return new GroupComparison(before, after, appendixId, targetGroup, List.copyOf(lines), null);
    }

    public UnitComparison unit(long beforeId, long afterId, long unitId) {
        Period before = period(beforeId);
        Period after = period(afterId);
        Unit unit = units.find(unitId).orElseThrow(() -> new ReportNotFoundException("Không có đơn vị này"));
        Optional<String> appendixBefore = periods.appendixOf(beforeId, unitId);
        Optional<String> appendixAfter = periods.appendixOf(afterId, unitId);
        Optional<ResultSnapshot> a = appendixBefore.flatMap(x -> visibility.publishedFinal(beforeId, x));
        Optional<ResultSnapshot> b = appendixAfter.flatMap(x -> visibility.publishedFinal(afterId, x));
        if (a.isEmpty() || b.isEmpty()) {
            Period lacking = a.isEmpty() ? before : after;
            return new UnitComparison(before, after, unit, null, List.of(), "Năm " + lacking.year()
                    + " chưa có kết quả chính thức đã công bố của " + unit.name());
        }
        UnitLine line = line(unitId, snapshots.unit(a.get().id(), unitId).orElse(null),
                snapshots.unit(b.get().id(), unitId).orElse(null));
        Appendix was = rankings.appendix(before, appendixBefore.get());
        Appendix is = rankings.appendix(after, appendixAfter.get());
        Map<String, NodeStanding> pointsBefore = groupNodes(a.get(), unitId);
        Map<String, NodeStanding> pointsAfter = groupNodes(b.get(), unitId);
        Map<String, String> oldKeys = sameGroups(before, appendixBefore.get(), after, appendixAfter.get(), was, is);
        List<GroupLine> groups = new ArrayList<>();
        Set<String> shown = new java.util.HashSet<>();
        for (CriterionNode group : is.groups()) {
            String oldKey = oldKeys.get(group.key());
            NodeStanding was1 = oldKey == null ? null : pointsBefore.get(oldKey);
            shown.add(oldKey);
            groups.add(new GroupLine(group.key(), group.name(), new Change(points(was1),
                    points(pointsAfter.get(group.key()))), new Change(max(was1), max(pointsAfter.get(group.key()))),
                    oldKey != null));
        }
        for (CriterionNode group : was.groups()) {
            if (!shown.contains(group.key())) {
                groups.add(new GroupLine(group.key(), group.name(), new Change(points(pointsBefore.get(group.key())),
                        null), new Change(max(pointsBefore.get(group.key())), null), false));
            }
        }
        return new UnitComparison(before, after, unit, line, List.copyOf(groups), null);
    }

    /**
     * For each criteria group of the later period, the group of the earlier one it can be compared with: the same key
     * when both periods use the same criteria version; otherwise what the crosswalk between the two versions says
     * (the same group, or the same group renamed; a split, a merge or a new group is not comparable), or, without a
     * crosswalk, the same key in the same appendix.
     */
    private Map<String, String> sameGroups(Period before, String appendixBefore, Period after, String appendixAfter,
                                           Appendix was, Appendix is) {
        Optional<Crosswalk> crosswalk = before.criteriaId().equals(after.criteriaId()) ? Optional.empty()
                : crosswalks.between(before.criteriaId(), after.criteriaId());
        return comparableGroups(was, appendixBefore, is, appendixAfter, crosswalk);
    }

    /** {@link #sameGroups} without the database: by key, or through the crosswalk when there is one. */
    static Map<String, String> comparableGroups(Appendix was, String appendixBefore, Appendix is, String appendixAfter,
                                                Optional<Crosswalk> crosswalk) {
        Set<String> oldGroups = was.groups().stream().map(CriterionNode::key).collect(Collectors.toSet());
        Map<String, String> oldKeyOf = new LinkedHashMap<>();
        for (CriterionNode group : is.groups()) {
            if (crosswalk.isEmpty()) {
                if (oldGroups.contains(group.key())) {
                    oldKeyOf.put(group.key(), group.key());
                }
                continue;
            }
            List<Crosswalk.Entry> into = crosswalk.get().entries().stream()
                    .filter(e -> appendixAfter.equals(e.toAppendix()) && group.key().equals(e.toKey())).toList();
            if (into.size() == 1 && (into.get(0).kind() == Crosswalk.Kind.SAME
                    || into.get(0).kind() == Crosswalk.Kind.RENAMED)
                    && appendixBefore.equals(into.get(0).fromAppendix()) && oldGroups.contains(into.get(0).fromKey())) {
                oldKeyOf.put(group.key(), into.get(0).fromKey());
            }
        }
        return oldKeyOf;
    }

    private UnitLine line(long unitId, UnitStanding was, UnitStanding is) {
        String name = units.find(unitId).map(Unit::name).orElse("#" + unitId);
        return new UnitLine(unitId, name, new Change(was == null ? null : was.total(), is == null ? null : is.total()),
                new RankChange(was == null ? null : was.rank(), is == null ? null : is.rank()),
                was == null ? null : was.classification(), is == null ? null : is.classification());
    }

    private Map<Long, UnitStanding> byUnit(ResultSnapshot snapshot) {
        return snapshots.units(snapshot.id()).stream()
                .collect(Collectors.toMap(UnitStanding::unitId, Function.identity()));
    }

    private Map<String, NodeStanding> groupNodes(ResultSnapshot snapshot, long unitId) {
        return snapshots.nodes(snapshot.id(), unitId).stream().filter(NodeStanding::isGroup)
                .collect(Collectors.toMap(NodeStanding::nodeKey, Function.identity()));
    }

    private static BigDecimal points(NodeStanding n) {
        return n == null ? null : n.points();
    }

    private static BigDecimal max(NodeStanding n) {
        return n == null ? null : n.maxPoints();
    }

    private static String missing(Period period, String appendixId) {
        return "Năm " + period.year() + " chưa có kết quả chính thức đã công bố của " + appendixId;
    }

    private Period period(long id) {
        return periods.find(id).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
    }
}
