package vn.ictindex.account.web;

import org.springframework.validation.Errors;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccounts;

import java.util.Locale;

/**
 * A new account as typed in the form. Every field is a string so that what was typed comes back when something is
 * wrong, except the two passwords, which the page never writes back.
 */
record AccountForm(String username, String fullName, String role, String unitId, String email, String password,
                   String passwordConfirmation) {

    static AccountForm empty() {
        return new AccountForm("", "", "", "", "", null, null);
    }

    /** Checks the input and returns the account to create, or null when {@code errors} got a problem. */
    UserAccounts.NewAccount toNewAccount(Errors errors) {
        String login = blank(username) ? null : username.strip().toLowerCase(Locale.ROOT);
        if (login == null) {
            errors.rejectValue("username", "account.error.required", "Không được để trống");
        } else if (!login.matches(UserAccounts.USERNAME_PATTERN)) {
            errors.rejectValue("username", "account.error.usernameFormat",
                    "Tên đăng nhập chỉ gồm chữ thường không dấu, số, «.», «_», «-» (3–60 ký tự)");
        }
        if (blank(fullName)) {
            errors.rejectValue("fullName", "account.error.required", "Không được để trống");
        } else if (fullName.strip().length() > 200) {
            errors.rejectValue("fullName", "account.error.tooLong", new Object[]{200}, "Tối đa 200 ký tự");
        }
        Role chosen = chosenRole();
        Long unit = unit(errors);
        if (chosen != null && chosen.boundToUnit() && unit == null && !errors.hasFieldErrors("unitId")) {
            errors.rejectValue("unitId", "account.error.unitRequired", new Object[]{chosen.label()},
                    "Vai trò này phải gắn với một đơn vị");
        }
        if (!blank(email) && (!email.strip().matches(UserAccounts.EMAIL_PATTERN) || email.strip().length() > 200)) {
            errors.rejectValue("email", "account.error.email", "Địa chỉ thư điện tử không hợp lệ");
        }
        if (chosen == null) {
            errors.rejectValue("role", "account.error.required", "Không được để trống");
        }
        PasswordForm.check(errors, "password", password, "passwordConfirmation", passwordConfirmation);
        if (errors.hasErrors()) {
            return null;
        }
        return new UserAccounts.NewAccount(login, fullName.strip(), chosen, chosen.boundToUnit() ? unit : null,
                blank(email) ? null : email.strip(), password);
    }

    private Role chosenRole() {
        try {
            return blank(role) ? null : Role.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Long unit(Errors errors) {
        if (blank(unitId)) {
            return null;
        }
        try {
            return Long.valueOf(unitId.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("unitId", "account.error.unitUnknown", "Không có đơn vị này");
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
