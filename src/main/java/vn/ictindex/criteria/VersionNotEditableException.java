package vn.ictindex.criteria;

/** An issued criteria version was about to be changed: it never is; a change is a new draft that supersedes it. */
public class VersionNotEditableException extends RuntimeException {

    private final String versionId;

    public VersionNotEditableException(String versionId) {
        super("Phiên bản " + versionId + " đã ban hành nên không sửa được; hãy tạo dự thảo mới từ phiên bản này");
        this.versionId = versionId;
    }

    public String versionId() {
        return versionId;
    }
}
