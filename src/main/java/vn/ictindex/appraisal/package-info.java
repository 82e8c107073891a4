/**
 * Appraisal: the layers a unit's scores pass through after the agency submits (self → compiled by the department →
 * appraised by the council → final), each difference with its reason, author and time. {@link
 * vn.ictindex.appraisal.ScoreLayers} reads any layer of a unit or of a whole target group as the engine's inputs.
 */
package vn.ictindex.appraisal;
