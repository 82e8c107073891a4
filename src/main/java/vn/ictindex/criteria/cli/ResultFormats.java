package vn.ictindex.criteria.cli;

import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.scoring.AdjustmentResult;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.Numbers;
import vn.ictindex.scoring.ScoringProblem;
import vn.ictindex.scoring.Trace;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The score command's outputs: a ranking table for people, CSV for spreadsheets, JSON for programs. */
final class ResultFormats {

    private ResultFormats() {
    }

    /** The ranking, then (with {@code explain}) every unit's points per node with the rule and numbers. */
    static String table(Appendix appendix, GroupResult result, Map<String, String> names, boolean explain,
                        Trace.Language language) {
        boolean vi = language == Trace.Language.VI;
        int decimals = appendix.rounding().decimals();
        StringBuilder out = new StringBuilder();
        out.append(appendix.id()).append(" – ").append(appendix.title()).append('\n');
        out.append(vi ? "Bộ máy chấm điểm " : "Scoring engine ").append(result.engineVersion()).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(vi ? new String[]{"Hạng", "Đơn vị", "Tổng điểm", "Điểm tối đa áp dụng", "Tỷ lệ %", "Điểm quy đổi",
                "Xếp loại"} : new String[]{"Rank", "Unit", "Total", "Applicable max", "Percent", "Normalised",
                "Class"});
        for (UnitResult u : result.ranking()) {
            rows.add(new String[]{u.rank() == null ? "—" : String.valueOf(u.rank()), names.get(u.unitId()),
                    fixed(u.total(), decimals), fixed(u.applicableMax(), decimals), fixed(u.percent(), decimals),
                    fixed(u.normalized(), decimals), u.classification() == null
                    ? (u.hasErrors() ? (vi ? "có lỗi" : "errors") : "—")
                    : (vi || u.classification().labelEn() == null ? u.classification().label()
                    : u.classification().labelEn())});
        }
        align(rows, out, new boolean[]{true, false, true, true, true, true, false});
        if (explain) {
            for (UnitResult u : result.ranking()) {
                out.append('\n').append(names.get(u.unitId())).append(" (").append(u.unitId()).append(")\n");
                for (NodeResult n : u.nodes()) {
                    out.append("  ".repeat(n.depth() + 1)).append(n.key()).append("  ")
                            .append(n.points() == null ? "—" : Numbers.fixed(n.points(), decimals)).append('/')
                            .append(Numbers.plain(n.node().maxPoints())).append("  ").append(n.explain(language))
                            .append('\n');
                }
                for (AdjustmentResult a : u.adjustments()) {
                    out.append("  ").append(a.item().key()).append("  ").append(a.item().name()).append(": ")
                            .append(a.explanation()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void align(List<String[]> rows, StringBuilder out, boolean[] right) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(widths[c] - row[c].codePointCount(0, row[c].length()));
                line.append(right[c] ? pad + row[c] : row[c] + pad).append(c < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** «;»-separated with a decimal comma, as Vietnamese Excel opens it; one row per unit, one column per node. */
    static String csv(Appendix appendix, GroupResult result, Map<String, String> names) {
        int decimals = appendix.rounding().decimals();
        List<String> keys = appendix.allNodes().stream().map(n -> n.key()).toList();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("rank", "unit", "name", "total", "applicable_max", "percent",
                "normalized", "classification", "problems"));
        header.addAll(keys);
        out.append(String.join(";", header.stream().map(ResultFormats::cell).toList())).append('\n');
        for (UnitResult u : result.ranking()) {
            List<String> row = new ArrayList<>();
            row.add(u.rank() == null ? "" : String.valueOf(u.rank()));
            row.add(u.unitId());
            row.add(names.get(u.unitId()));
            row.add(plainFixed(u.total(), decimals));
            row.add(plainFixed(u.applicableMax(), decimals));
            row.add(plainFixed(u.percent(), decimals));
            row.add(plainFixed(u.normalized(), decimals));
            row.add(u.classificationLabel() == null ? "" : u.classificationLabel());
            row.add(String.join(" | ", u.problems().stream().map(ScoringProblem::message).toList()));
            for (NodeResult n : u.nodes()) {
                row.add(plainFixed(n.points(), decimals));
            }
            out.append(String.join(";", row.stream().map(ResultFormats::cell).toList())).append('\n');
        }
        return out.toString();
    }

    static String json(CriteriaVersion version, Appendix appendix, GroupResult result, Map<String, String> names,
                       Trace.Language language) {
        Json json = new Json();
        json.open('{');
        json.field("criteria").string(version.id());
        json.field("appendix").string(appendix.id());
        json.field("engine_version").string(result.engineVersion());
        json.field("units").open('[');
        for (UnitResult u : result.ranking()) {
            json.open('{');
            json.field("unit").string(u.unitId());
            json.field("name").string(names.get(u.unitId()));
            json.field("rank").number(u.rank() == null ? null : BigDecimal.valueOf(u.rank()));
            json.field("total").number(u.total());
            json.field("tree_total").number(u.treeTotal());
            json.field("applicable_max").number(u.applicableMax());
            json.field("percent").number(u.percent());
            json.field("normalized").number(u.normalized());
            json.field("classification").string(u.classificationLabel());
            json.field("complete").bool(u.isComplete());
            json.field("missing_inputs").open('[');
            u.missingInputs().forEach(k -> json.item().string(k));
            json.close(']');
            json.field("problems").open('[');
            for (ScoringProblem p : u.problems()) {
                json.item().open('{');
                json.field("severity").string(p.severity().name().toLowerCase());
                json.field("node").string(p.nodeKey());
                json.field("input").string(p.inputKey());
                json.field("message").string(p.message());
                json.close('}');
            }
            json.close(']');
            json.field("adjustments").open('[');
            for (AdjustmentResult a : u.adjustments()) {
                json.item().open('{');
                json.field("key").string(a.item().key());
                json.field("points").number(a.points());
                json.field("explanation").string(a.explanation());
                json.close('}');
            }
            json.close(']');
            json.field("nodes").open('[');
            for (NodeResult n : u.nodes()) {
                json.item().open('{');
                json.field("key").string(n.key());
                json.field("depth").number(BigDecimal.valueOf(n.depth()));
                json.field("status").string(n.status().name().toLowerCase());
                json.field("points").number(n.points());
                json.field("max").number(n.node().maxPoints());
                json.field("applicable_max").number(n.applicableMax());
                json.field("trace").string(n.explain(language));
                json.close('}');
            }
            json.close(']');
            json.close('}');
        }
        json.close(']');
        json.close('}');
        return json.toString() + "\n";
    }

    private static String fixed(BigDecimal value, int decimals) {
        return value == null ? "—" : Numbers.fixed(value, decimals);
    }

    /** Decimal comma without thousands separators, so that spreadsheets read the cell as a number. */
    private static String plainFixed(BigDecimal value, int decimals) {
        return value == null ? "" : value.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A small JSON writer: enough for the score output, with correct string escaping. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder();
        private final List<Boolean> first = new ArrayList<>();

        Json open(char bracket) {
            out.append(bracket);
            first.add(true);
            return this;
        }

        Json close(char bracket) {
            first.remove(first.size() - 1);
            out.append(bracket);
            return this;
        }

        Json item() {
            separate();
            return this;
        }

        Json field(String name) {
            separate();
            quote(name);
            out.append(':');
            return this;
        }

        private void separate() {
            int last = first.size() - 1;
            if (!first.get(last)) {
                out.append(',');
            }
            first.set(last, false);
        }

        Json string(String value) {
            if (value == null) {
                out.append("null");
            } else {
                quote(value);
            }
            return this;
        }

        Json number(BigDecimal value) {
            out.append(value == null ? "null" : value.toPlainString());
            return this;
        }

        Json bool(boolean value) {
            out.append(value);
            return this;
        }

        private void quote(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
