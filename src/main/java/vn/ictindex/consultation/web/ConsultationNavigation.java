package vn.ictindex.consultation.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.consultation.Consultations;

/**
 * Puts the number of open rounds a recipient has been reminded of into every page, so that the navigation shows it
 * wherever the user starts (the in-app reminder).
 */
@ControllerAdvice
class ConsultationNavigation {

    private final Consultations consultations;

    ConsultationNavigation(Consultations consultations) {
        this.consultations = consultations;
    }

    @ModelAttribute("consultationReminders")
    int consultationReminders(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || user.isAdmin()) {
            return 0;
        }
        return consultations.remindersFor(user).size();
    }
}
