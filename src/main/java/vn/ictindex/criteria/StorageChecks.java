package vn.ictindex.criteria;

import vn.ictindex.scoring.Appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a valid criteria file must also satisfy to be stored and addressed by the application: values that fit their
 * database columns, and a version label that can be part of a page address. The file format itself leaves these open
 * (docs/criteria-format.md §10), so a file that passes the command line's check can still be refused here.
 */
final class StorageChecks {

    private static final Pattern VERSION_LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*");
    /** The audit trail keeps {@code code@version} in a column of this width. */
    private static final int MAX_ID_LENGTH = 100;

    private final String fileName;
    private final String text;
    private final List<CriteriaProblem> problems = new ArrayList<>();

    private StorageChecks(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
    }

    static List<CriteriaProblem> check(CriteriaVersion version, String fileName, String text) {
        StorageChecks checks = new StorageChecks(fileName, text);
        checks.run(version);
        return List.copyOf(checks.problems);
    }

    private void run(CriteriaVersion v) {
        if (!VERSION_LABEL.matcher(v.version()).matches()) {
            add(v.version(), "", "Nhãn phiên bản «" + v.version() + "» chỉ được gồm chữ không dấu, số, «.», «_», «-»"
                            + " và bắt đầu bằng chữ hoặc số (ví dụ \"2019\" hoặc \"2025.1\"), vì nó là một phần địa chỉ"
                            + " trang của phiên bản",
                    "Version label «" + v.version() + "» may contain only letters, digits, «.», «_», «-» and must"
                            + " start with a letter or digit (such as \"2019\" or \"2025.1\"): it is part of the"
                            + " version's page address");
        }
        length(v.code(), 60, "", "Mã bộ tiêu chí", "Criteria set code");
        length(v.version(), 40, "", "Nhãn phiên bản", "Version label");
        if (v.code().length() <= 60 && v.version().length() <= 40 && v.id().length() > MAX_ID_LENGTH) {
            add(v.version(), "", "Mã và nhãn phiên bản «" + v.id() + "» cộng lại dài quá " + MAX_ID_LENGTH
                    + " ký tự", "Code and version label «" + v.id() + "» together exceed " + MAX_ID_LENGTH
                    + " characters");
        }
        if (v.decision() != null) {
            length(v.decision().number(), 100, "", "Số quyết định", "Decision number");
        }
        length(v.supersedes(), 110, "", "Phiên bản được thay thế («supersedes»)", "Superseded version");
        for (Appendix a : v.appendices()) {
            length(a.id(), 40, a.id(), "Mã phụ lục", "Appendix id");
            length(a.targetGroup().code(), 60, a.id(), "Mã nhóm đối tượng", "Target group code");
        }
    }

    private void length(String value, int max, String path, String what, String whatEn) {
        if (value != null && value.length() > max) {
            add(value, path, what + " «" + value + "» dài " + value.length() + " ký tự, quá giới hạn " + max,
                    whatEn + " «" + value + "» is " + value.length() + " characters long, over the limit of " + max);
        }
    }

    /** Reports at the first line that holds the value: the problems a reader finds carry a place, these should too. */
    private void add(String value, String path, String message, String messageEn) {
        int line = 0;
        int column = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && value != null && !value.isEmpty(); i++) {
            int at = lines[i].indexOf(value);
            if (at >= 0) {
                line = i + 1;
                column = at + 1;
                break;
            }
        }
        problems.add(new CriteriaProblem(fileName, line, column, path, message, messageEn));
    }
}
