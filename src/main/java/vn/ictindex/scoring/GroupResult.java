package vn.ictindex.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one appendix and its whole target group, stamped with the engine version.
 *
 * @param units in the order the units were given
 */
public record GroupResult(String engineVersion, String appendixId, List<UnitResult> units) {

    public GroupResult {
        units = List.copyOf(units);
    }

    public Optional<UnitResult> unit(String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
    }

    /** Ranked units by rank, then units without a rank, each part in the given order. */
    public List<UnitResult> ranking() {
        return units.stream()
                .sorted(Comparator.comparing(UnitResult::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
