package vn.ictindex.account.web;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.AccountException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.organisation.Units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** Creating an account: problems come back next to their field, with everything but the passwords kept. */
@Controller
@RequestMapping("/admin/accounts")
class AccountCreateController {

    private final UserAccounts accounts;
    private final Units units;
    private final Clock clock;
    private final MessageSource messages;

    AccountCreateController(UserAccounts accounts, Units units, Clock clock, MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", AccountForm.empty());
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                  RedirectAttributes redirect) {
        UserAccounts.NewAccount account = form.toNewAccount(errors);
        if (account == null) {
            return page(model);
        }
        try {
            UserAccount created = accounts.create(account, user);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("account.created", new Object[]{created.username()}, locale));
            return "redirect:/admin/accounts";
        } catch (AccountException e) {
            if (e.field() == null) {
                errors.reject(e.code(), e.args(), e.getMessage());
            } else {
                errors.rejectValue(e.field(), e.code(), e.args(), e.getMessage());
            }
        } catch (DuplicateKeyException e) {
            // Someone created the same username a moment ago.
            errors.rejectValue("username", "account.error.usernameTaken", new Object[]{account.username()},
                    "Tên đăng nhập đã có");
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.validOn(LocalDate.now(clock)));
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "account/account-create";
    }
}
