/**
 * Criteria sets and their versions (bộ tiêu chí): the human-editable file format (read, validate, write), the versions
 * kept by the application, and the screens that show them.
 *
 * <p>A {@link vn.ictindex.criteria.CriteriaVersion} holds one {@link vn.ictindex.scoring.Appendix} per target group;
 * the scoring engine reads those directly. {@link vn.ictindex.criteria.CriteriaFormat} is the way in and out of the
 * file format; it never half-loads a file: either a whole version or every problem found, each with its line, column
 * and node path.
 *
 * <p>A new version starts as a draft ({@link vn.ictindex.criteria.CriteriaDrafts}, edited through
 * {@link vn.ictindex.criteria.DraftEdits}) and is issued by a decision, after which it never changes.
 * {@link vn.ictindex.criteria.VersionDiffs} lists what changed between two versions (the amendment appendix) and
 * {@link vn.ictindex.criteria.Crosswalks} maps old keys to new ones for year-over-year comparison.
 */
package vn.ictindex.criteria;
