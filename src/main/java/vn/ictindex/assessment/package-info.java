/**
 * The yearly evaluation period and the agencies' self-assessment: a period binds one issued criteria version and its
 * phase dates; each participating unit fills in the inputs of its appendix with evidence, sees its self-score computed
 * by the engine as it types, marks the work complete (specialist) and submits it (head). After the self-assessment
 * closes, nothing changes except under an extension or an audited administrator action.
 */
package vn.ictindex.assessment;
