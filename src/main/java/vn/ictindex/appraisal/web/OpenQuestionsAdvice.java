package vn.ictindex.appraisal.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.Clarifications;

/**
 * Puts the number of open clarification questions to the signed-in agency's unit on every page's model
 * ({@code openQuestions}), so that the agency's screens (the self-assessment among them) can remind it without the
 * assessment module knowing about appraisal.
 */
@ControllerAdvice
class OpenQuestionsAdvice {

    private final Clarifications clarifications;

    OpenQuestionsAdvice(Clarifications clarifications) {
        this.clarifications = clarifications;
    }

    @ModelAttribute("openQuestions")
    Integer openQuestions() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || (user.role() != Role.SPECIALIST && user.role() != Role.HEAD) || user.unitId() == null) {
            return 0;
        }
        return clarifications.openForUnit(user.unitId());
    }
}
