package vn.ictindex.criteria.format;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.ictindex.scoring.Award;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mapping of the criteria file with typed, position-aware accessors. Every accessor reports a problem instead of
 * throwing and returns null, so that one pass over the file finds all its problems.
 */
final class YamlMap {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    final String path;
    private final Map<String, Node> values;
    private final Node node;
    private final Problems problems;

    private YamlMap(String path, Node node, Map<String, Node> values, Problems problems) {
        this.path = path;
        this.node = node;
        this.values = values;
        this.problems = problems;
    }

    /** Reads a mapping, reporting a non-mapping, duplicate keys and keys outside {@code allowed}. */
    static YamlMap of(Node node, String path, String what, Set<String> allowed, Problems problems) {
        problems.place(path, "", line(node), column(node));
        Map<String, Node> values = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.at(path, line(node), column(node), what + " phải là một bảng các trường «tên: giá trị»",
                    what + " must be a mapping of «name: value» fields");
            return new YamlMap(path, node, values, problems);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
            if (values.containsKey(key)) {
                problems.at(path, line(keyNode), column(keyNode), "Trường «" + key + "» được khai báo hai lần",
                        "Field «" + key + "» is declared twice");
                continue;
            }
            if (!allowed.contains(key)) {
                problems.at(path, line(keyNode), column(keyNode), "Trường «" + key + "» không có trong định dạng; "
                                + "các trường hợp lệ: " + String.join(", ", sorted(allowed)),
                        "Unknown field «" + key + "»; allowed: " + String.join(", ", sorted(allowed)));
                continue;
            }
            values.put(key, tuple.getValueNode());
            problems.place(path, key, line(tuple.getValueNode()), column(tuple.getValueNode()));
        }
        return new YamlMap(path, node, values, problems);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static int column(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    boolean has(String key) {
        return values.containsKey(key) && !isNull(values.get(key));
    }

    Node node(String key) {
        return values.get(key);
    }

    Node self() {
        return node;
    }

    void problem(String key, String message, String messageEn) {
        problems.add(path, key, message, messageEn);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("~")
                || s.getValue().equals("null")) && s.getScalarStyle().getChar() == null;
    }

    private boolean missing(String key, boolean required) {
        if (has(key)) {
            return false;
        }
        if (required) {
            problem(key, "Thiếu trường bắt buộc «" + key + "»", "Missing required field «" + key + "»");
        }
        return true;
    }

    String text(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (!(value instanceof ScalarNode s)) {
            problem(key, "«" + key + "» phải là một giá trị văn bản", "«" + key + "» must be a text value");
            return null;
        }
        String text = s.getValue().strip();
        if (text.isEmpty() && required) {
            problem(key, "«" + key + "» không được để trống", "«" + key + "» must not be empty");
            return null;
        }
        return text;
    }

    BigDecimal decimal(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        BigDecimal value = parseDecimal(text);
        if (value == null) {
            problem(key, "«" + key + "» phải là một số (ví dụ 12 hoặc 2,5), không phải «" + text + "»",
                    "«" + key + "» must be a number (e.g. 12 or 2.5), not «" + text + "»");
        }
        return value;
    }

    static BigDecimal parseDecimal(String text) {
        String t = DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text;
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Integer integer(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(key, "«" + key + "» phải là một số nguyên, không phải «" + text + "»",
                    "«" + key + "» must be a whole number, not «" + text + "»");
            return null;
        }
    }

    Boolean bool(String key, boolean defaultValue) {
        String text = text(key, false);
        if (text == null) {
            return defaultValue;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "có", "co" -> {
                return true;
            }
            case "false", "no", "không", "khong" -> {
                return false;
            }
            default -> {
                problem(key, "«" + key + "» phải là true hoặc false, không phải «" + text + "»",
                        "«" + key + "» must be true or false, not «" + text + "»");
                return defaultValue;
            }
        }
    }

    LocalDate date(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "«" + key + "» phải là một ngày dạng dd/MM/yyyy, không phải «" + text + "»",
                    "«" + key + "» must be a date dd/MM/yyyy, not «" + text + "»");
            return null;
        }
    }

    /** Points (5, 2,5) or a fraction of the node's maximum written "1/2". */
    Award award(String key) {
        String text = text(key, true);
        if (text == null) {
            return null;
        }
        Award award = parseAward(text);
        if (award == null) {
            problem(key, "«" + key + "» phải là số điểm (ví dụ 5) hoặc phân số của điểm tối đa (ví dụ 1/2), không phải «"
                    + text + "»", "«" + key + "» must be points (e.g. 5) or a fraction of the maximum (e.g. 1/2), not «"
                    + text + "»");
        }
        return award;
    }

    static Award parseAward(String text) {
        var m = FRACTION.matcher(text.strip());
        if (m.matches()) {
            BigInteger denominator = new BigInteger(m.group(2));
            return denominator.signum() == 0 ? null
                    : new Award.FractionOfMax(new BigInteger(m.group(1)), denominator);
        }
        BigDecimal value = parseDecimal(text.strip());
        return value == null ? null : new Award.Points(value);
    }

    <E extends Enum<E>> E choice(String key, Map<String, E> allowed, E defaultValue) {
        String text = text(key, defaultValue == null);
        if (text == null) {
            return defaultValue;
        }
        E value = allowed.get(text);
        if (value == null) {
            problem(key, "«" + key + "» không nhận giá trị «" + text + "»; chọn một trong: "
                            + String.join(", ", allowed.keySet()),
                    "«" + key + "» cannot be «" + text + "»; use one of: " + String.join(", ", allowed.keySet()));
            return defaultValue;
        }
        return value;
    }

    List<Node> list(String key, boolean required) {
        if (missing(key, required)) {
            return List.of();
        }
        Node value = values.get(key);
        if (!(value instanceof SequenceNode seq)) {
            problem(key, "«" + key + "» phải là một danh sách (mỗi phần tử bắt đầu bằng «- »)",
                    "«" + key + "» must be a list (each element starting with «- »)");
            return List.of();
        }
        return seq.getValue();
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (Node item : list(key, false)) {
            if (item instanceof ScalarNode s) {
                out.add(s.getValue().strip());
            } else {
                problems.at(path, line(item), column(item), "Mỗi phần tử của «" + key + "» phải là một dòng văn bản",
                        "Each element of «" + key + "» must be a line of text");
            }
        }
        return out;
    }

    /** The ordered «name: value» pairs of a nested mapping, such as the awards of a partial-credit rule. */
    Map<String, Node> pairs(String key) {
        Map<String, Node> out = new LinkedHashMap<>();
        Node value = values.get(key);
        if (value == null) {
            problem(key, "Thiếu trường bắt buộc «" + key + "»", "Missing required field «" + key + "»");
            return out;
        }
        if (!(value instanceof MappingNode mapping)) {
            problem(key, "«" + key + "» phải là một bảng «lựa chọn: điểm»", "«" + key + "» must map options to points");
            return out;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = ((ScalarNode) tuple.getKeyNode()).getValue();
            out.put(name, tuple.getValueNode());
            problems.place(path, key + "." + name, line(tuple.getValueNode()), column(tuple.getValueNode()));
        }
        return out;
    }
}
