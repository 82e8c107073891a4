package vn.ictindex.criteria;

import vn.ictindex.scoring.Appendix;

import java.util.List;
import java.util.Optional;

/**
 * One version of a criteria set: a draft under discussion or a set issued by a decision, with one appendix per target
 * group. An issued version never changes; a change is a new version that {@code supersedes} it.
 *
 * @param code          the criteria set (family) this version belongs to, such as {@code BT-UDCNTT}
 * @param version       the version label within the set, such as {@code 2019}
 * @param effectiveFrom the first evaluation year it applies to, or null
 * @param supersedes    the id ({@code code@version}) of the version it replaces, or null
 */
public record CriteriaVersion(String code, String version, String title, String titleEn, VersionStatus status,
                              Decision decision, Integer effectiveFrom, String supersedes, String note,
                              List<Appendix> appendices) {

    public CriteriaVersion {
        appendices = List.copyOf(appendices);
    }

    /** {@code code@version}, the identifier other versions and periods refer to. */
    public String id() {
        return code + "@" + version;
    }

    public Optional<Appendix> appendix(String id) {
        return appendices.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
