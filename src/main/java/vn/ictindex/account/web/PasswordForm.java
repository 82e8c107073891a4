package vn.ictindex.account.web;

import org.springframework.validation.Errors;
import vn.ictindex.account.UserAccounts;

/** A new password typed twice by an administrator, with the account version the page was opened on. */
record PasswordForm(String newPassword, String confirmation, Integer version) {

    /** Rejects a password that is too short, or a confirmation that differs. */
    static void check(Errors errors, String field, String password, String confirmationField, String confirmation) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(field, "account.error.required", "Không được để trống");
        } else if (password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            errors.rejectValue(field, "account.error.passwordShort", new Object[]{UserAccounts.MIN_PASSWORD_LENGTH},
                    "Mật khẩu phải có ít nhất " + UserAccounts.MIN_PASSWORD_LENGTH + " ký tự");
        } else if (!password.equals(confirmation)) {
            errors.rejectValue(confirmationField, "account.error.passwordMismatch",
                    "Hai lần nhập mật khẩu không giống nhau");
        }
    }

    /** Checks the input and returns the new password, or null when {@code errors} got a problem. */
    String checked(Errors errors) {
        check(errors, "newPassword", newPassword, "confirmation", confirmation);
        return errors.hasErrors() ? null : newPassword;
    }
}
