package vn.ictindex.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.AccountException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;

import java.util.Locale;

/** An administrator sets a new password for an account, typed twice, to hand to its user. */
@Controller
@RequestMapping("/admin/accounts/{id}/password")
class PasswordResetController {

    private final UserAccounts accounts;
    private final MessageSource messages;

    PasswordResetController(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        UserAccount account = account(id);
        model.addAttribute("form", new PasswordForm(null, null, account.version()));
        return page(account, model);
    }

    @PostMapping
    String reset(@PathVariable long id, @ModelAttribute("form") PasswordForm form, BindingResult errors,
                 @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        UserAccount account = account(id);
        String password = form.checked(errors);
        if (password == null) {
            return page(account, model);
        }
        try {
            if (form.version() == null) {
                throw new OptimisticLockingFailureException("no version in the form");
            }
            accounts.resetPassword(id, password, form.version(), user);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("account.passwordReset", new Object[]{account.username()}, locale));
            return "redirect:/admin/accounts";
        } catch (AccountException e) {
            errors.rejectValue("newPassword", e.code(), e.args(), e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            // Someone changed the account (disabled it, say) since the page was opened: show it as it is now.
            UserAccount now = account(id);
            model.addAttribute("conflict", true);
            model.addAttribute("form", new PasswordForm(null, null, now.version()));
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(now, model);
        }
        return page(account, model);
    }

    private String page(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "account/password-reset";
    }

    private UserAccount account(long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
