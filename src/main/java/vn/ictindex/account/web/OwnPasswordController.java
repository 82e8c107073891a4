package vn.ictindex.account.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.AccountException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.PasswordChangeGate;
import vn.ictindex.account.UserAccounts;

/** Every user changes their own password here; after an administrator's reset they must, before anything else. */
@Controller
class OwnPasswordController {

    private final UserAccounts accounts;

    OwnPasswordController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String form(HttpSession session, Model model) {
        model.addAttribute("required", Boolean.TRUE.equals(session.getAttribute(PasswordChangeGate.SESSION_FLAG)));
        return "account/own-password";
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String confirmation, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("required", Boolean.TRUE.equals(session.getAttribute(PasswordChangeGate.SESSION_FLAG)));
        if (!newPassword.equals(confirmation)) {
            model.addAttribute("field", "confirmation");
            model.addAttribute("problemCode", "account.error.passwordMismatch");
            return "account/own-password";
        }
        try {
            accounts.changeOwnPassword(user, currentPassword, newPassword);
        } catch (AccountException e) {
            model.addAttribute("field", e.field());
            model.addAttribute("problemCode", e.code());
            model.addAttribute("problemArgs", e.args());
            return "account/own-password";
        }
        session.removeAttribute(PasswordChangeGate.SESSION_FLAG);
        redirect.addFlashAttribute("message", "Đã đổi mật khẩu");
        return "redirect:/";
    }
}
