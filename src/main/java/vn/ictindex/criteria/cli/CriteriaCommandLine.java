package vn.ictindex.criteria.cli;

import vn.ictindex.criteria.CriteriaFileException;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaProblem;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.ScoringProblem;
import vn.ictindex.scoring.Trace;
import vn.ictindex.scoring.UnitResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline commands, run without starting the server:
 * <pre>
 * java -jar ictindex.jar criteria validate FILE [--lang en]
 * java -jar ictindex.jar criteria score FILE --appendix PL-I --inputs UNITS.csv [--format table|csv|json] [--explain]
 * </pre>
 * Results go to standard output; problems to standard error with exit code 1 (2 for a wrong command line).
 */
public final class CriteriaCommandLine {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Cách dùng / usage:
              java -jar ictindex.jar criteria validate TỆP.yaml [--lang en]
              java -jar ictindex.jar criteria score TỆP.yaml --appendix PL-I --inputs DON_VI.csv \
            [--format table|csv|json] [--explain] [--lang en]
            Bố cục tệp CSV: docs/cli.md""";

    private final PrintStream out;
    private final PrintStream err;
    private boolean english;

    private CriteriaCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args} (starting with "criteria") and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new CriteriaCommandLine(out, err).dispatch(args);
    }

    private int dispatch(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--explain")) {
                options.put("explain", "true");
            } else if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    return usage("Thiếu giá trị cho " + arg);
                }
                options.put(arg.substring(2), args[++i]);
            } else {
                positional.add(arg);
            }
        }
        english = "en".equals(options.get("lang"));
        if (positional.size() != 2) {
            return usage(null);
        }
        Path file = Path.of(positional.get(1));
        return switch (positional.get(0)) {
            case "validate" -> validate(file, options);
            case "score" -> score(file, options);
            default -> usage("Lệnh không có: " + positional.get(0));
        };
    }

    private int usage(String message) {
        if (message != null) {
            err.println(message);
        }
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int validate(Path file, Map<String, String> options) {
        if (!options.keySet().stream().allMatch(k -> k.equals("lang"))) {
            return usage("validate chỉ nhận --lang");
        }
        CriteriaVersion version = load(file);
        if (version == null) {
            return PROBLEMS;
        }
        out.println((english ? "OK: " : "Hợp lệ: ") + version.id() + " – " + version.title());
        for (Appendix a : version.appendices()) {
            out.println("  " + a.id() + ": " + a.groups().size() + (english ? " groups, " : " nhóm, ") + a.leaves().size()
                    + (english ? " criteria, " : " tiêu chí, ") + a.allInputs().size()
                    + (english ? " inputs, " : " số liệu, ") + a.totalPoints().toPlainString()
                    + (english ? " points" : " điểm"));
        }
        return OK;
    }

    private int score(Path file, Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!List.of("appendix", "inputs", "format", "explain", "lang").contains(key)) {
                return usage("Tùy chọn không có: --" + key);
            }
        }
        String format = options.getOrDefault("format", "table");
        if (!List.of("table", "csv", "json").contains(format)) {
            return usage("--format phải là table, csv hoặc json");
        }
        if (!options.containsKey("appendix") || !options.containsKey("inputs")) {
            return usage("score cần --appendix và --inputs");
        }
        CriteriaVersion version = load(file);
        if (version == null) {
            return PROBLEMS;
        }
        Appendix appendix = version.appendix(options.get("appendix")).orElse(null);
        if (appendix == null) {
            err.println("Không có phụ lục «" + options.get("appendix") + "»; các phụ lục: "
                    + String.join(", ", version.appendices().stream().map(Appendix::id).toList()));
            return PROBLEMS;
        }
        Path csv = Path.of(options.get("inputs"));
        String text = readText(csv);
        if (text == null) {
            return PROBLEMS;
        }
        UnitsCsv.Result units = UnitsCsv.read(csv.getFileName().toString(), text, appendix);
        if (!units.problems().isEmpty()) {
            units.problems().forEach(err::println);
            err.println(units.problems().size() + " lỗi trong tệp số liệu; chưa chấm điểm.");
            return PROBLEMS;
        }
        GroupResult result = ScoringEngine.score(appendix, units.rows().stream().map(UnitsCsv.Row::inputs).toList());
        Map<String, String> names = new LinkedHashMap<>();
        units.rows().forEach(r -> names.put(r.inputs().unitId(), r.name()));
        Trace.Language language = english ? Trace.Language.EN : Trace.Language.VI;
        switch (format) {
            case "csv" -> out.print(ResultFormats.csv(appendix, result, names));
            case "json" -> out.print(ResultFormats.json(version, appendix, result, names, language));
            default -> out.print(ResultFormats.table(appendix, result, names, options.containsKey("explain"),
                    language));
        }
        int errors = 0;
        for (UnitResult unit : result.units()) {
            if (!unit.isComplete()) {
                err.println(csv.getFileName() + ": " + unit.unitId() + ": " + (english ? "warning: missing figures, "
                        + "scored 0: " : "cảnh báo: thiếu số liệu, tính 0 điểm: ") + String.join(", ",
                        unit.missingInputs()));
            }
            for (ScoringProblem p : unit.problems()) {
                err.println(csv.getFileName() + ": " + unit.unitId() + (p.nodeKey() != null ? " / " + p.nodeKey() : "")
                        + ": " + (p.isError() ? "" : (english ? "warning: " : "cảnh báo: ")) + p.message());
                errors += p.isError() ? 1 : 0;
            }
        }
        if (errors > 0) {
            err.println(errors + " lỗi số liệu: các đơn vị có lỗi không được tính tổng điểm và xếp hạng.");
            return PROBLEMS;
        }
        return OK;
    }

    private CriteriaVersion load(Path file) {
        String text = readText(file);
        if (text == null) {
            return null;
        }
        try {
            return CriteriaFormat.read(file.getFileName().toString(), text);
        } catch (CriteriaFileException e) {
            for (CriteriaProblem p : e.problems()) {
                err.println(p.describe(english));
            }
            err.println(e.problems().size() + (english ? " problem(s); nothing was loaded."
                    : " lỗi; tệp chưa được nạp."));
            return null;
        }
    }

    private String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(file + ": không tìm thấy tệp");
        } catch (MalformedInputException e) {
            err.println(file + ": tệp không phải văn bản UTF-8 (hãy lưu lại với mã hóa UTF-8)");
        } catch (IOException e) {
            err.println(file + ": không đọc được tệp (" + e.getMessage() + ")");
        }
        return null;
    }
}
