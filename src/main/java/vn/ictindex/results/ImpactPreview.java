package vn.ictindex.results;

import org.springframework.stereotype.Service;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.TypedInputs;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitInputs;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a draft criteria version would do to the last published results: the FINAL values of every unit of the last
 * period with published results, scored with the draft's appendix of the same id, against the published snapshot.
 * Inputs the draft asks for that nobody entered then are listed per unit as missing (they score nothing here).
 */
@Service
public class ImpactPreview {

    private final CriteriaVersions criteria;
    private final Periods periods;
    private final Publications publications;
    private final ResultsVisibility visibility;
    private final ResultSnapshots snapshots;
    private final ScoreLayers layers;
    private final Units units;

    ImpactPreview(CriteriaVersions criteria, Periods periods, Publications publications, ResultsVisibility visibility,
                  ResultSnapshots snapshots, ScoreLayers layers, Units units) {
        this.criteria = criteria;
        this.periods = periods;
        this.publications = publications;
        this.visibility = visibility;
        this.snapshots = snapshots;
        this.layers = layers;
        this.units = units;
    }

    /** One unit: published total, class and rank, and what the draft would give; {@code missing} input keys. */
    public record UnitImpact(long unitId, String unitName, BigDecimal oldTotal, String oldClass, Integer oldRank,
                             BigDecimal newTotal, String newClass, Integer newRank, List<String> missing) {

        public BigDecimal change() {
            return oldTotal == null || newTotal == null ? null : newTotal.subtract(oldTotal);
        }
    }

    /** One target group: empty {@code units} and {@code inDraft} false when the draft has no such appendix. */
    public record GroupImpact(String appendixId, ResultSnapshot published, boolean inDraft, List<UnitImpact> units) {
    }

    public record Impact(CriteriaVersion draft, Period period, List<GroupImpact> groups) {
    }

    /** The draft versions an impact can be previewed for. */
    public List<String> drafts() {
        return criteria.list().stream().filter(v -> v.status() == VersionStatus.DRAFT)
                .map(v -> v.versionId()).toList();
    }

    /**
     * @param draftId {@code CODE@VERSION} of a draft version
     * @throws ResultsException when it is not a draft or no period has published results
     */
    public Impact of(String draftId) {
        int at = draftId == null ? -1 : draftId.lastIndexOf('@');
        CriteriaVersion draft = at <= 0 ? null
                : criteria.find(draftId.substring(0, at), draftId.substring(at + 1)).orElse(null);
        if (draft == null || draft.status() != VersionStatus.DRAFT) {
            throw new ResultsException("Không có dự thảo bộ tiêu chí «" + draftId + "»");
        }
        Period period = periods.all().stream().filter(p -> !publications.finals(p.id()).isEmpty()).findFirst()
                .orElseThrow(() -> new ResultsException("Chưa có kỳ đánh giá nào công bố kết quả để so sánh"));
        Map<Long, String> names = units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<GroupImpact> groups = new ArrayList<>();
        for (String appendixId : snapshots.appendices(period.id())) {
            Optional<ResultSnapshot> published = visibility.publishedFinal(period.id(), appendixId);
            if (published.isEmpty()) {
                continue;
            }
            Optional<Appendix> appendix = draft.appendix(appendixId);
            if (appendix.isEmpty()) {
                groups.add(new GroupImpact(appendixId, published.get(), false, List.of()));
                continue;
            }
            Map<Long, UnitStanding> before = snapshots.units(published.get().id()).stream()
                    .collect(Collectors.toMap(UnitStanding::unitId, Function.identity()));
            List<UnitInputs> inputs = new ArrayList<>();
            for (Long unitId : before.keySet().stream().sorted().toList()) {
                ScoreLayers.LayerValues values = layers.values(period.id(), unitId, ScoreLayer.FINAL);
                inputs.add(TypedInputs.read(String.valueOf(unitId), appendix.get(), values.values(),
                        values.notApplicable()).inputs());
            }
            GroupResult result = ScoringEngine.score(appendix.get(), inputs);
            List<UnitImpact> impacts = new ArrayList<>();
            for (UnitResult u : result.units()) {
                long unitId = Long.parseLong(u.unitId());
                UnitStanding old = before.get(unitId);
                impacts.add(new UnitImpact(unitId, names.getOrDefault(unitId, "#" + unitId), old.total(),
                        old.classification(), old.rank(), u.total(), u.classificationLabel(), u.rank(),
                        u.missingInputs()));
            }
            impacts.sort(Comparator.comparing(UnitImpact::newRank, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(VietnameseOrder.by(UnitImpact::unitName)));
            groups.add(new GroupImpact(appendixId, published.get(), true, List.copyOf(impacts)));
        }
        return new Impact(draft, period, List.copyOf(groups));
    }
}
