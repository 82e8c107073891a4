package vn.ictindex.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the list of criteria versions shows of each version, read without parsing its file. */
public record CriteriaVersionSummary(long id, String code, String version, String title, VersionStatus status,
                                     String decisionNumber, LocalDate decisionDate, Integer effectiveFrom,
                                     String supersedes, int criteriaCount, Instant loadedAt,
                                     List<AppendixSummary> appendices, String supersededBy) {

    public CriteriaVersionSummary {
        appendices = List.copyOf(appendices);
    }

    public String versionId() {
        return code + "@" + version;
    }

    public record AppendixSummary(String appendixId, String title, String targetGroupCode, String targetGroupName,
                                  BigDecimal totalPoints, int criteriaCount) {
    }
}
