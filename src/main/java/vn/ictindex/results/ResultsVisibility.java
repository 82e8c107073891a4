package vn.ictindex.results;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Periods;

import java.util.Optional;

/**
 * Who sees which results, in one place. The department and the council see every snapshot, including what is not
 * sent yet. Before publication an agency sees only its own scores, and only once the preliminary results were sent to
 * it; nothing is public. After the final publication the ranking is public (no sign-in), every signed-in user may open
 * any unit's scorecard (points and the trace of each point, as published), and the layers with the reasons of the
 * department and the council stay visible only to those two and to the unit itself.
 */
@Service
public class ResultsVisibility {

    private final ResultSnapshots snapshots;
    private final Publications publications;
    private final Periods periods;

    ResultsVisibility(ResultSnapshots snapshots, Publications publications, Periods periods) {
        this.snapshots = snapshots;
        this.publications = publications;
        this.periods = periods;
    }

    /** The department (ADMIN) and the appraisal council. */
    public static boolean seesEverything(CurrentUser user) {
        return user != null && (user.role() == Role.ADMIN || user.role() == Role.COUNCIL);
    }

    /**
     * The snapshot of a group's ranking the user may see: the newest of any kind for the department and the council,
     * the newest published final one for anybody else (also without sign-in, {@code user} null).
     */
    public Optional<ResultSnapshot> groupSnapshot(CurrentUser user, long periodId, String appendixId) {
        if (seesEverything(user)) {
            return snapshots.latest(periodId, appendixId);
        }
        return publishedFinal(periodId, appendixId);
    }

    public Optional<ResultSnapshot> publishedFinal(long periodId, String appendixId) {
        return publications.latest(periodId, appendixId, SnapshotKind.FINAL)
                .flatMap(p -> snapshots.find(p.snapshotId()));
    }

    /**
     * The snapshot of one unit's scorecard the user may see: the newest for the department and the council; for the
     * unit itself the published final results or else the preliminary results sent to it; for everybody else the
     * published final results only.
     */
    public Optional<ResultSnapshot> unitSnapshot(CurrentUser user, long periodId, long unitId) {
        Optional<String> appendix = periods.appendixOf(periodId, unitId);
        if (appendix.isEmpty() || user == null) {
            return Optional.empty();
        }
        if (seesEverything(user)) {
            return snapshots.latest(periodId, appendix.get());
        }
        Optional<ResultSnapshot> published = publishedFinal(periodId, appendix.get());
        if (published.isPresent() || !user.belongsTo(unitId)) {
            return published;
        }
        return publications.latest(periodId, appendix.get(), SnapshotKind.PRELIMINARY)
                .flatMap(p -> snapshots.find(p.snapshotId()));
    }

    /** The score layers, with the reasons of the department and the council, are for them and the unit only. */
    public boolean seesLayers(CurrentUser user, long unitId) {
        return seesEverything(user) || (user != null && user.belongsTo(unitId));
    }
}
