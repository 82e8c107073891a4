package vn.ictindex.appraisal;

import org.springframework.stereotype.Service;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitResult;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Points of a unit in every layer. The engine always scores the layer's whole target group (normalised-to-best rules
 * make one unit's figures move the others' points) and the unit is picked from the result.
 */
@Service
public class LayerScores {

    private final ScoreLayers layers;
    private final Periods periods;

    LayerScores(ScoreLayers layers, Periods periods) {
        this.layers = layers;
        this.periods = periods;
    }

    /**
     * One unit in every layer.
     *
     * @param results     by layer: the unit's result, scored within its whole group
     * @param values      by layer: the typed values behind the points
     * @param fieldErrors by layer: fields whose text cannot be read (they do not count)
     * @param entries     every difference above SELF, with reason, author and time
     */
    public record UnitLayers(Period period, long unitId, Appendix appendix, Map<ScoreLayer, UnitResult> results,
                             Map<ScoreLayer, ScoreLayers.LayerValues> values,
                             Map<ScoreLayer, Map<String, String>> fieldErrors, List<LayerEntry> entries) {

        public UnitResult result(ScoreLayer layer) {
            return results.get(layer);
        }
    }

    public UnitLayers forUnit(long periodId, long unitId) {
        Period period = periods.find(periodId).orElseThrow(() -> new AppraisalException("Không có kỳ đánh giá"));
        String appendixId = periods.appendixOf(periodId, unitId)
                .orElseThrow(() -> new AppraisalException("Đơn vị không tham gia kỳ đánh giá này"));
        Map<ScoreLayer, UnitResult> results = new EnumMap<>(ScoreLayer.class);
        Map<ScoreLayer, ScoreLayers.LayerValues> values = new EnumMap<>(ScoreLayer.class);
        Map<ScoreLayer, Map<String, String>> errors = new EnumMap<>(ScoreLayer.class);
        Appendix appendix = null;
        for (ScoreLayer layer : ScoreLayer.values()) {
            ScoreLayers.GroupInputs group = layers.groupInputs(periodId, appendixId, layer);
            appendix = group.appendix();
            GroupResult scored = ScoringEngine.score(group.appendix(), group.inputs());
            results.put(layer, scored.unit(String.valueOf(unitId)).orElseThrow());
            values.put(layer, layers.values(periodId, unitId, layer));
            errors.put(layer, group.fieldErrors().getOrDefault(unitId, Map.of()));
        }
        return new UnitLayers(period, unitId, appendix, results, values, errors, layers.entries(periodId, unitId));
    }

    /** A whole target group scored in one layer, with the engine's classes and (provisional) ranks. */
    public GroupResult group(long periodId, String appendixId, ScoreLayer layer) {
        ScoreLayers.GroupInputs group = layers.groupInputs(periodId, appendixId, layer);
        return ScoringEngine.score(group.appendix(), group.inputs());
    }
}
