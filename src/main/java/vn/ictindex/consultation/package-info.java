/**
 * Consulting the agencies on a draft criteria version (lấy ý kiến góp ý dự thảo): the department sends a round to
 * units and council members with a deadline and a cover letter; recipients comment on a node of the draft or on the
 * whole draft, or agree without comment; comments freeze at the deadline (later ones are kept and marked late); the
 * department records a disposition per comment and produces the synthesis table (bảng tổng hợp, tiếp thu, giải trình).
 *
 * <p>Every check of who may see or change what is made by {@link vn.ictindex.consultation.Consultations}: a recipient
 * sees only the rounds sent to it and only its own comments.
 */
package vn.ictindex.consultation;
