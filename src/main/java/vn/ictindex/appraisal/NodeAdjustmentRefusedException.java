package vn.ictindex.appraisal;

import java.util.Map;

/** A node's adjustment that was not saved at all, with a sentence for each field that is wrong. */
public class NodeAdjustmentRefusedException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public NodeAdjustmentRefusedException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
