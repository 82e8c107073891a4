package vn.ictindex.assessment.evidence;

import vn.ictindex.assessment.Period;

import java.util.List;
import java.util.Map;

/**
 * A unit's evidence in a period as the department and the council read it.
 *
 * @param byCriterion   the items linked to each criterion, in the appendix's order
 * @param criterionNames the name of each criterion of the unit's appendix, by key
 * @param library       every item of the unit's library, newest first (also those linked to no criterion)
 */
public record EvidenceReview(Period period, long unitId, Map<String, List<EvidenceItem>> byCriterion,
                             Map<String, String> criterionNames, List<EvidenceItem> library) {

    public EvidenceReview {
        byCriterion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCriterion));
        criterionNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criterionNames));
        library = List.copyOf(library);
    }
}
