package vn.ictindex.assessment.evidence;

import vn.ictindex.account.CurrentUser;

/**
 * Whether a council member may read a unit's evidence. The council's assignments belong to the appraisal, which builds
 * on this module, so the appraisal implements this; without an implementation council members read no evidence.
 */
public interface CouncilEvidenceAccess {

    boolean mayRead(CurrentUser councilMember, long unitId);
}
