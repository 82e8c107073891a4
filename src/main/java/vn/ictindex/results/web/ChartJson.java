package vn.ictindex.results.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Chart.js configuration as JSON, written into a {@code data-chart} attribute and drawn by
 * {@code /js/results-charts.js}: the page carries its data (no inline script, which the content security policy
 * forbids, and no CDN).
 */
final class ChartJson {

    private ChartJson() {
    }

    record Dataset(String label, List<BigDecimal> data) {
    }

    static String of(String type, List<String> labels, List<Dataset> datasets) {
        return "{\"type\":" + text(type) + ",\"labels\":" + labels.stream().map(ChartJson::text)
                .collect(Collectors.joining(",", "[", "]")) + ",\"datasets\":" + datasets.stream()
                .map(d -> "{\"label\":" + text(d.label()) + ",\"data\":" + d.data().stream()
                        .map(v -> v == null ? "null" : v.stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(",", "[", "]")) + "}")
                .collect(Collectors.joining(",", "[", "]")) + "}";
    }

    static String text(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
