package vn.ictindex.criteria;

/** Where a criteria version stands: a draft that can still change, or issued by a decision and immutable. */
public enum VersionStatus {
    DRAFT, ISSUED
}
