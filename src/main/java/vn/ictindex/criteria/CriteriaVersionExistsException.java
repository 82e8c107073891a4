package vn.ictindex.criteria;

/** A version with the same code and version label is already stored; versions are never overwritten. */
public class CriteriaVersionExistsException extends RuntimeException {

    private final String versionId;

    public CriteriaVersionExistsException(String versionId) {
        super("Bộ tiêu chí " + versionId + " đã có trong hệ thống");
        this.versionId = versionId;
    }

    /** {@code code@version} of the version that is already stored. */
    public String versionId() {
        return versionId;
    }
}
