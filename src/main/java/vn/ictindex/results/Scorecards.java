package vn.ictindex.results;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's scorecard: its standing in the snapshot the user may see, every group and node with the points of each
 * score layer (self, compiled and appraised scored now for the whole group, final as stored in the snapshot) and the
 * trace of each point, the layer entries with their reasons, and its criteria groups against the group average.
 */
@Service
public class Scorecards {

    private static final List<ScoreLayer> LIVE_LAYERS = List.of(ScoreLayer.SELF, ScoreLayer.COMPILED,
            ScoreLayer.APPRAISED);

    private final ResultsVisibility visibility;
    private final ResultSnapshots snapshots;
    private final Publications publications;
    private final Rankings rankings;
    private final ScoreLayers layers;
    private final Periods periods;
    private final Units units;

    Scorecards(ResultsVisibility visibility, ResultSnapshots snapshots, Publications publications, Rankings rankings,
               ScoreLayers layers, Periods periods, Units units) {
        this.visibility = visibility;
        this.snapshots = snapshots;
        this.publications = publications;
        this.rankings = rankings;
        this.layers = layers;
        this.periods = periods;
        this.units = units;
    }

    /**
     * @param layerPoints the node's points in SELF, COMPILED and APPRAISED (empty when the layers are not shown)
     * @param differs     whether any layer's points differ from the final points
     */
    public record Row(String key, String name, int depth, BigDecimal max, Map<ScoreLayer, BigDecimal> layerPoints,
                      BigDecimal points, String status, String trace, boolean differs) {
    }

    /**
     * @param rankShown   whether the rank may be shown (not on preliminary results sent to a unit, which show the
     *                    unit its own scores only)
     * @param layerTotals the unit's total in SELF, COMPILED and APPRAISED (empty when the layers are not shown)
     */
    public record Scorecard(Period period, Unit unit, Appendix appendix, ResultSnapshot snapshot,
                            Optional<Publication> publication, UnitStanding standing, boolean rankShown,
                            List<Row> rows, boolean layersShown, Map<ScoreLayer, BigDecimal> layerTotals,
                            List<LayerEntry> entries, List<String> groupLabels, List<BigDecimal> unitGroupPercents,
                            List<BigDecimal> averageGroupPercents) {
    }

    /** The unit's scorecard as the user may see it, or empty when there is nothing the user may see. */
    public Optional<Scorecard> scorecard(CurrentUser user, long periodId, long unitId) {
        Optional<ResultSnapshot> visible = visibility.unitSnapshot(user, periodId, unitId);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        ResultSnapshot snapshot = visible.get();
        Period period = periods.find(periodId).orElseThrow();
        Unit unit = units.find(unitId).orElseThrow();
        Rankings.GroupRanking ranking = rankings.ranking(snapshot);
        Appendix appendix = ranking.appendix();
        UnitStanding standing = snapshots.unit(snapshot.id(), unitId).orElseThrow();
        Optional<Publication> publication = publications.find(snapshot.id());
        boolean layersShown = visibility.seesLayers(user, unitId);
        boolean rankShown = ResultsVisibility.seesEverything(user) || snapshot.kind() == SnapshotKind.FINAL
                && publication.isPresent();

        Map<ScoreLayer, UnitResult> live = new EnumMap<>(ScoreLayer.class);
        if (layersShown) {
            for (ScoreLayer layer : LIVE_LAYERS) {
                ScoreLayers.GroupInputs inputs = layers.groupInputs(periodId, snapshot.appendixId(), layer);
                GroupResult result = ScoringEngine.score(inputs.appendix(), inputs.inputs());
                result.unit(String.valueOf(unitId)).ifPresent(u -> live.put(layer, u));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (NodeStanding node : snapshots.nodes(snapshot.id(), unitId)) {
            CriterionNode criterion = appendix.node(node.nodeKey()).orElse(null);
            Map<ScoreLayer, BigDecimal> points = new EnumMap<>(ScoreLayer.class);
            boolean differs = false;
            for (Map.Entry<ScoreLayer, UnitResult> e : live.entrySet()) {
                BigDecimal p = e.getValue().node(node.nodeKey()).map(NodeResult::points).orElse(null);
                points.put(e.getKey(), p);
                differs |= !same(p, node.points());
            }
            rows.add(new Row(node.nodeKey(), criterion == null ? node.nodeKey() : criterion.name(), node.depth(),
                    node.maxPoints(), points, node.points(), node.status(), node.trace(), differs));
        }
        Map<ScoreLayer, BigDecimal> totals = new EnumMap<>(ScoreLayer.class);
        live.forEach((layer, result) -> totals.put(layer, result.total()));
        List<BigDecimal> unitPercents = ranking.groupPercents().getOrDefault(unitId, List.of());
        return Optional.of(new Scorecard(period, unit, appendix, snapshot, publication, standing, rankShown,
                List.copyOf(rows), layersShown, totals,
                layersShown ? layers.entries(periodId, unitId) : List.of(),
                List.copyOf(ranking.groups().keySet()), unitPercents, ranking.groupAverage()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
