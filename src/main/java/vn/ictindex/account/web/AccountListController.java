package vn.ictindex.account.web;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.AccountException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.organisation.Units;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/** The accounts, filtered by role and unit, with disabling and enabling on each line. */
@Controller
@RequestMapping("/admin/accounts")
class AccountListController {

    /** Sign-in times are shown in the province's time, whatever the server's zone. */
    static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SIGN_IN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PROVINCE_TIME);

    private final UserAccounts accounts;
    private final Units units;
    private final MessageSource messages;

    AccountListController(UserAccounts accounts, Units units, MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
    }

    /** A line of the list, with the last sign-in as dd/MM/yyyy HH:mm (empty when never). */
    record AccountRow(UserAccount account, String lastSignIn) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String role, @RequestParam(required = false) String unitId,
                Model model) {
        Role chosenRole = role(role);
        Long chosenUnit = unit(unitId);
        model.addAttribute("rows", accounts.filter(chosenRole, chosenUnit).stream()
                .map(a -> new AccountRow(a, a.lastLoginAt() == null ? "" : SIGN_IN.format(a.lastLoginAt())))
                .toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.all());
        model.addAttribute("role", chosenRole == null ? "" : chosenRole.name());
        model.addAttribute("unitId", chosenUnit == null ? "" : chosenUnit.toString());
        model.addAttribute("filterActive", chosenRole != null || chosenUnit != null);
        return "account/account-list";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String role,
                   @RequestParam(required = false) String unitId, @AuthenticationPrincipal CurrentUser user,
                   Locale locale, RedirectAttributes redirect) {
        return change(id, redirect, role, unitId, locale, "account.disabled",
                () -> accounts.disable(id, version, user));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String role,
                  @RequestParam(required = false) String unitId, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, RedirectAttributes redirect) {
        return change(id, redirect, role, unitId, locale, "account.enabled",
                () -> accounts.enable(id, version, user));
    }

    private String change(long id, RedirectAttributes redirect, String role, String unitId, Locale locale,
                          String done, Runnable action) {
        String username = accounts.find(id).map(UserAccount::username).orElse("#" + id);
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, new Object[]{username}, locale));
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem",
                    messages.getMessage("account.error.conflict", new Object[]{username}, locale));
        }
        // Back to the same filtered list.
        if (role(role) != null) {
            redirect.addAttribute("role", role(role).name());
        }
        if (unit(unitId) != null) {
            redirect.addAttribute("unitId", unit(unitId));
        }
        return "redirect:/admin/accounts";
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static Long unit(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
