/**
 * The evidence library (tài liệu kiểm chứng): each unit keeps uploaded files and references to documents, links them
 * to criteria of its appendix in a period, and the department and the council read them later.
 *
 * <p>{@link vn.ictindex.assessment.evidence.EvidenceLibrary} is the entry point; it checks on every call that the user
 * acts for the unit and that the period is still open for it. A file is accepted by what its bytes are
 * ({@link vn.ictindex.assessment.evidence.EvidenceFileTypes}), never by its name, and its name is cleaned before it is
 * stored ({@link vn.ictindex.assessment.evidence.EvidenceFileNames}).
 */
@NamedInterface("evidence")
package vn.ictindex.assessment.evidence;

import org.springframework.modulith.NamedInterface;
