package vn.ictindex.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page sends each role to where its work is. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        if (has(authentication, "ROLE_ADMIN")) {
            return "redirect:/periods";
        }
        if (has(authentication, "ROLE_SPECIALIST") || has(authentication, "ROLE_HEAD")) {
            return "redirect:/assessment";
        }
        if (has(authentication, "ROLE_COUNCIL")) {
            return "redirect:/appraisal/assigned";
        }
        return "redirect:/criteria";
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }
}
