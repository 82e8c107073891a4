/**
 * Appraisal: the layers a unit's scores pass through after the agency submits (self → compiled by the department →
 * appraised by the council → final), each difference with its reason, author and time. {@link
 * vn.ictindex.appraisal.ScoreLayers} reads any layer of a unit or of a whole target group as the engine's inputs, and
 * {@link vn.ictindex.appraisal.LayerScores} scores every layer of a unit within its whole group.
 *
 * <p>The department compiles ({@link vn.ictindex.appraisal.Compilation}, {@link
 * vn.ictindex.appraisal.NodeAdjustments}), the council appraises what it is assigned ({@link
 * vn.ictindex.appraisal.CouncilAssignments}, {@link vn.ictindex.appraisal.CouncilWork}) and both ask the unit for
 * clarification per node ({@link vn.ictindex.appraisal.Clarifications}). Who sees which unit and criteria group is
 * decided in one place, {@link vn.ictindex.appraisal.AppraisalAccess}, and checked by every service.
 */
package vn.ictindex.appraisal;
