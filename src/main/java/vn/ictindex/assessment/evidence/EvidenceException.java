package vn.ictindex.assessment.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evidence request that cannot be carried out. The message says why, in Vietnamese; {@link #fieldErrors()} says
 * which entered field each problem belongs to (title, docNumber, docDate, issuer, summary, link, file), so that a form
 * can show it next to the field. Problems that belong to no field (the period is locked) have an empty map.
 */
public class EvidenceException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public EvidenceException(String message) {
        super(message);
        this.fieldErrors = Map.of();
    }

    EvidenceException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    static EvidenceException onField(String field, String message) {
        return new EvidenceException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
