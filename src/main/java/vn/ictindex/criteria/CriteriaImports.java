package vn.ictindex.criteria;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;

import java.util.List;

/**
 * Imports a criteria version from a file an administrator uploaded: reads it, checks it, stores it and records the
 * import in the audit trail, all in one transaction. A file with problems stores nothing; an existing version is never
 * overwritten.
 */
@Service
public class CriteriaImports {

    /** The audit action of an import. */
    public static final String IMPORTED = "CRITERIA_VERSION_IMPORTED";

    private final CriteriaVersions versions;
    private final AuditTrail audit;

    CriteriaImports(CriteriaVersions versions, AuditTrail audit) {
        this.versions = versions;
        this.audit = audit;
    }

    /**
     * Stores the version in the uploaded file.
     *
     * @param actor the user name of the administrator, for the audit trail
     * @return the version as stored
     * @throws CriteriaFileException          with every problem of the file; nothing was stored
     * @throws CriteriaVersionExistsException when {@code code@version} is already stored, also when another request
     *                                        stored it a moment earlier (a double submission)
     */
    @Transactional
    public CriteriaVersion importFile(CriteriaUpload upload, String actor) {
        CriteriaVersion version = CriteriaFormat.read(upload.fileName(), upload.text());
        List<CriteriaProblem> problems = StorageChecks.check(version, upload.fileName(), upload.text());
        if (!problems.isEmpty()) {
            throw new CriteriaFileException(problems);
        }
        try {
            versions.store(version, upload.fileName());
        } catch (DuplicateKeyException e) {
            // The existence check passed, then a concurrent import committed the same code@version first.
            throw new CriteriaVersionExistsException(version.id());
        }
        audit.record(actor, IMPORTED, "criteria_version", version.id(), null, null, null,
                auditValue(version, upload.fileName()), null);
        return version;
    }

    private static String auditValue(CriteriaVersion version, String fileName) {
        return version.id() + " (" + (version.status() == VersionStatus.DRAFT ? "dự thảo" : "đã ban hành")
                + ") từ tệp «" + fileName + "»: " + version.appendices().size() + " phụ lục, "
                + version.appendices().stream().mapToInt(CriteriaVersions::leafCount).sum() + " tiêu chí";
    }
}
