/**
 * Criteria sets and their versions (bộ tiêu chí): the human-editable file format (read, validate, write), the versions
 * kept by the application, and the screens that show them.
 *
 * <p>A {@link vn.ictindex.criteria.CriteriaVersion} holds one {@link vn.ictindex.scoring.Appendix} per target group;
 * the scoring engine reads those directly. {@link vn.ictindex.criteria.CriteriaFormat} is the way in and out of the
 * file format; it never half-loads a file: either a whole version or every problem found, each with its line, column
 * and node path.
 */
package vn.ictindex.criteria;
