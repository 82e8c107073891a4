package vn.ictindex.reporting;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.results.NodeStanding;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.SnapshotKind;
import vn.ictindex.results.UnitStanding;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The scores of every target group of a period in one layer, as rows for the period workbook and the ranking tables.
 * In the FINAL layer the rows are those of the group's published final result snapshot, else of its latest final
 * one, so that the workbook says what was decided; until a final snapshot exists they come from the engine run on
 * the FINAL layer (the same computation a snapshot will store). Each group says which in the sheet.
 */
@Service
public class PeriodScores {

    private final Periods periods;
    private final CriteriaVersions criteria;
    private final ScoreLayers layers;
    private final Units units;
    private final ResultSnapshots snapshots;
    private final ResultsVisibility visibility;

    PeriodScores(Periods periods, CriteriaVersions criteria, ScoreLayers layers, Units units,
                 ResultSnapshots snapshots, ResultsVisibility visibility) {
        this.periods = periods;
        this.criteria = criteria;
        this.layers = layers;
        this.units = units;
        this.snapshots = snapshots;
        this.visibility = visibility;
    }

    /** Department administrators and council members read every unit's scores; nobody else before publication. */
    public static boolean maySee(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.COUNCIL;
    }

    public Period period(CurrentUser user, long periodId) {
        if (!maySee(user)) {
            throw new ReportNotFoundException("Chỉ Sở TTTT và Hội đồng thẩm định xem được điểm của mọi đơn vị");
        }
        return periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
    }

    /** The period of a job already allowed when it was started. */
    Period periodForJob(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
    }

    /** The appendices that have participants in the period, in the criteria version's order. */
    public List<Appendix> appendices(Period period) {
        CriteriaVersion version = criteria.find(period.criteriaCode(), period.criteriaVersion()).orElseThrow();
        Set<String> used = new HashSet<>(periods.participants(period.id()).values());
        return version.appendices().stream().filter(a -> used.contains(a.id())).toList();
    }

    public GroupScores group(Period period, Appendix appendix, ScoreLayer layer) {
        Map<String, GroupScores.UnitLabel> labels = new HashMap<>();
        for (Unit unit : units.all()) {
            labels.put(String.valueOf(unit.id()), new GroupScores.UnitLabel(unit.code(), unit.name()));
        }
        if (layer == ScoreLayer.FINAL) {
            Optional<ResultSnapshot> published = visibility.publishedFinal(period.id(), appendix.id());
            Optional<ResultSnapshot> stored = published.or(() ->
                    snapshots.latest(period.id(), appendix.id(), SnapshotKind.FINAL));
            if (stored.isPresent()) {
                return fromSnapshot(appendix, stored.get(), labels).from("Nguồn: bản kết quả chính thức #"
                        + stored.get().id() + (published.isPresent() ? " đã công bố" : " (chưa công bố)"));
            }
        }
        ScoreLayers.GroupInputs inputs = layers.groupInputs(period.id(), appendix.id(), layer);
        return GroupScores.of(appendix, ScoringEngine.score(appendix, inputs.inputs()), labels)
                .from("Nguồn: tính từ lớp điểm " + layerName(layer) + " lúc xuất tệp (chưa có bản kết quả chính thức)");
    }

    /** The rows of a stored snapshot, as stored: each unit's nodes are read when its row is written. */
    private GroupScores fromSnapshot(Appendix appendix, ResultSnapshot snapshot,
                                     Map<String, GroupScores.UnitLabel> labels) {
        GroupScores.Columns columns = GroupScores.Columns.of(appendix);
        List<UnitStanding> standings = new ArrayList<>(snapshots.units(snapshot.id()));
        Comparator<UnitStanding> byRank = Comparator.comparing(UnitStanding::rank,
                Comparator.nullsLast(Comparator.naturalOrder()));
        standings.sort(byRank.thenComparing(VietnameseOrder.by(u -> label(labels, u.unitId()).name())));
        return new GroupScores() {
            public Columns columns() {
                return columns;
            }

            public int size() {
                return standings.size();
            }

            public void forEach(Consumer<UnitScores> row) {
                for (UnitStanding u : standings) {
                    Map<String, NodeStanding> byKey = new HashMap<>();
                    snapshots.nodes(snapshot.id(), u.unitId()).forEach(n -> byKey.put(n.nodeKey(), n));
                    double[] points = new double[columns.columns().size()];
                    for (int c = 0; c < points.length; c++) {
                        NodeStanding n = byKey.get(columns.columns().get(c).key());
                        points[c] = n == null || n.points() == null || "NOT_APPLICABLE".equals(n.status())
                                ? Double.NaN : n.points().doubleValue();
                    }
                    GroupScores.UnitLabel label = label(labels, u.unitId());
                    row.accept(new UnitScores(label.code(), label.name(), points, u.total(), u.applicableMax(),
                            u.percent(), u.classification(), u.rank()));
                }
            }
        };
    }

    private static GroupScores.UnitLabel label(Map<String, GroupScores.UnitLabel> labels, long unitId) {
        String id = String.valueOf(unitId);
        return labels.getOrDefault(id, new GroupScores.UnitLabel(id, id));
    }

    private static String layerName(ScoreLayer layer) {
        return switch (layer) {
            case SELF -> "tự chấm";
            case COMPILED -> "Sở tổng hợp";
            case APPRAISED -> "Hội đồng thẩm định";
            case FINAL -> "cuối cùng";
        };
    }

    public List<GroupScores> groups(Period period, ScoreLayer layer) {
        return appendices(period).stream().map(a -> group(period, a, layer)).toList();
    }
}
