package vn.ictindex.criteria;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Award;
import vn.ictindex.scoring.Bound;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Formulas;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputType;
import vn.ictindex.scoring.Interval;
import vn.ictindex.scoring.Numbers;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node's scoring rule as a sentence a department officer or council member reads without knowing the file format:
 * "Điểm = điểm tối đa × «Số CBCCVC có máy tính» / «Tổng số CBCCVC» (tỷ lệ tối đa 1); mẫu số bằng 0: 0 điểm". Inputs
 * are named by their labels, fractions of the maximum stay fractions, intervals say plainly which end is included.
 * Vietnamese by default, English for an English locale; numbers follow the language (decimal comma in Vietnamese).
 */
public final class RuleDescriptions {

    /**
     * A rule described.
     *
     * @param text    the sentence
     * @param formula the expression of a {@code formula} rule, shown as code beside the sentence; otherwise null
     */
    public record Description(String text, String formula) {
    }

    private final Appendix appendix;
    private final boolean en;

    private RuleDescriptions(Appendix appendix, Locale locale) {
        this.appendix = appendix;
        this.en = isEnglish(locale);
    }

    /** Descriptions for the nodes of {@code appendix}, whose inputs they name. */
    public static RuleDescriptions of(Appendix appendix, Locale locale) {
        return new RuleDescriptions(appendix, locale);
    }

    public Description describe(CriterionNode node) {
        Rule rule = node.rule();
        BigDecimal max = node.maxPoints();
        if (rule instanceof Rule.Manual) {
            return text(en ? "Judged by the appraisal council, from 0 to " + points(max)
                    : "Hội đồng thẩm định chấm điểm, từ 0 đến " + points(max));
        }
        if (rule instanceof Rule.YesNo r) {
            return text(en ? "If " + label(r.input()) + ": " + points(max) + "; otherwise: " + points(BigDecimal.ZERO)
                    : "Nếu " + label(r.input()) + ": " + points(max) + "; nếu không: " + points(BigDecimal.ZERO));
        }
        if (rule instanceof Rule.PartialCredit r) {
            return text((en ? "By the option chosen for " : "Theo lựa chọn ") + label(r.input()) + ": "
                    + String.join("; ", awards(r)));
        }
        if (rule instanceof Rule.RatioTimesMax r) {
            return text((en ? "Points = maximum × " : "Điểm = điểm tối đa × ") + label(r.numerator()) + " / "
                    + label(r.denominator()) + (en ? " (ratio at most 1); " : " (tỷ lệ tối đa 1); ")
                    + zeroDenominator(r.onZeroDenominator()));
        }
        if (rule instanceof Rule.RatioVsTarget r) {
            String target = percent(r.target());
            return text((en ? "Points = maximum × (" : "Điểm = điểm tối đa × (") + label(r.numerator()) + " / "
                    + label(r.denominator()) + ") / " + target
                    + (en ? " (full points once the ratio reaches " + target + "); "
                    : " (tỷ lệ đạt " + target + " trở lên: đủ điểm tối đa); ")
                    + zeroDenominator(r.onZeroDenominator()));
        }
        if (rule instanceof Rule.NormalizedToBest r) {
            String bestZero = en ? "best value 0: 0 points" : "giá trị cao nhất bằng 0: 0 điểm";
            if (r.isRatio()) {
                return text((en ? "Points = maximum × the unit's ratio " : "Điểm = điểm tối đa × tỷ lệ ")
                        + label(r.input()) + " / " + label(r.denominator())
                        + (en ? " / the best ratio in the target group; " : " của đơn vị / tỷ lệ cao nhất trong nhóm"
                        + " đối tượng; ") + zeroDenominator(r.onZeroDenominator()) + "; " + bestZero);
            }
            return text((en ? "Points = maximum × " : "Điểm = điểm tối đa × ") + label(r.input())
                    + (en ? " / the best value in the target group; " : " / giá trị cao nhất trong nhóm đối tượng; ")
                    + bestZero);
        }
        if (rule instanceof Rule.Tiers r) {
            return text((en ? "By " : "Theo ") + label(r.input()) + unitOf(r.input()) + ": "
                    + String.join("; ", tiers(r)));
        }
        if (rule instanceof Rule.PerItemCapped r) {
            BigDecimal cap = r.cap() == null ? max : r.cap();
            boolean items = appendix.input(r.input()).map(i -> i.type() == InputType.ITEMS).orElse(false);
            String counted = items ? (en ? "the number of items in " : "số mục trong ") + label(r.input())
                    : label(r.input());
            return text((en ? "Points = " : "Điểm = ") + number(r.pointsPerItem()) + " × " + counted
                    + (en ? ", at most " : ", tối đa ") + points(cap));
        }
        if (rule instanceof Rule.Checklist r) {
            List<String> items = new ArrayList<>();
            r.items().forEach(i -> items.add(label(i.input()) + ": " + award(i.award())));
            return text((en ? "Sum of the items met: " : "Cộng điểm các mục đạt: ") + String.join("; ", items)
                    + (en ? "; at most " : "; tối đa ") + points(max));
        }
        if (rule instanceof Rule.CompositeSum r) {
            return text((en ? "Sum of the sub-criteria's points" : "Tổng điểm các tiêu chí con")
                    + (r.cap() == null ? "" : (en ? ", capped at " : ", tính tối đa ") + points(r.cap())));
        }
        if (rule instanceof Rule.BestCaseOfAlternatives) {
            List<String> keys = node.children().stream().map(CriterionNode::key).toList();
            return text((en ? "The points of the best alternative among the sub-criteria: "
                    : "Điểm của trường hợp có điểm cao nhất trong các tiêu chí con: ") + String.join(", ", keys));
        }
        if (rule instanceof Rule.DeductionFromMax r) {
            String start = r.start() == null ? (en ? "maximum" : "điểm tối đa") : number(r.start());
            BigDecimal floor = r.floor() == null ? BigDecimal.ZERO : r.floor();
            return text((en ? "Points = " : "Điểm = ") + start + " − " + number(r.perEvent()) + " × "
                    + label(r.input()) + (en ? ", not below " : ", không dưới ") + points(floor));
        }
        if (rule instanceof Rule.Formula r) {
            BigDecimal floor = r.floor() == null ? BigDecimal.ZERO : r.floor();
            List<String> names = new ArrayList<>();
            Formulas.Check check = Formulas.check(r.expression());
            check.inputs().stream().sorted(Comparator.comparingInt(key -> firstUse(r.expression(), key)))
                    .forEach(key -> names.add(key + ": " + label(key)));
            check.aggregates().forEach(a -> names.add("GROUP_" + a.function() + "(" + a.input() + "): "
                    + aggregate(a.function()) + " " + label(a.input()) + (en ? " in the target group"
                    : " trong nhóm đối tượng")));
            if (r.expression().toLowerCase(Locale.ROOT).contains(Formulas.MAX_POINTS)) {
                names.add(Formulas.MAX_POINTS + ": " + (en ? "the maximum, " : "điểm tối đa, ") + number(max));
            }
            return new Description((en ? "Points by the formula below, kept between " + number(floor) + " and "
                    : "Điểm tính theo công thức dưới đây, giữ trong khoảng từ " + number(floor) + " đến ")
                    + points(max) + (names.isEmpty() ? "" : (en ? "; where " : "; trong đó ")
                    + String.join("; ", names)), r.expression());
        }
        throw new IllegalArgumentException("no description for rule " + rule.typeName());
    }

    /**
     * An interval written out: "từ 350 đến dưới 430", "từ 4 trở lên", "dưới 2"; in English "from 350 to below 430",
     * "4 or more", "below 2".
     */
    public static String interval(Interval interval, Locale locale) {
        boolean en = isEnglish(locale);
        Bound lo = interval.lower();
        Bound hi = interval.upper();
        if (lo == null && hi == null) {
            return en ? "any value" : "mọi giá trị";
        }
        if (lo != null && hi != null && lo.inclusive() && hi.inclusive() && lo.value().compareTo(hi.value()) == 0) {
            return (en ? "exactly " : "bằng ") + number(lo.value(), locale);
        }
        if (hi == null) {
            return lo.inclusive() ? (en ? number(lo.value(), locale) + " or more"
                    : "từ " + number(lo.value(), locale) + " trở lên")
                    : (en ? "more than " : "trên ") + number(lo.value(), locale);
        }
        if (lo == null) {
            return hi.inclusive() ? (en ? number(hi.value(), locale) + " or less"
                    : "từ " + number(hi.value(), locale) + " trở xuống")
                    : (en ? "below " : "dưới ") + number(hi.value(), locale);
        }
        String from = lo.inclusive() ? (en ? "from " : "từ ") : (en ? "more than " : "trên ");
        String to = hi.inclusive() ? (en ? " to " : " đến ") : (en ? " to below " : " đến dưới ");
        return from + number(lo.value(), locale) + to + number(hi.value(), locale);
    }

    /** A number as the language writes it, without trailing zeros: 2,5 and 1.000 in Vietnamese; 2.5 and 1,000. */
    public static String number(BigDecimal value, Locale locale) {
        if (!isEnglish(locale)) {
            return Numbers.plain(value);
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0, RoundingMode.UNNECESSARY);
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(v.scale());
        format.setMaximumFractionDigits(v.scale());
        return format.format(v);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private Description text(String text) {
        return new Description(text, null);
    }

    private String number(BigDecimal value) {
        return number(value, en ? Locale.ENGLISH : null);
    }

    private String points(BigDecimal value) {
        if (en) {
            return number(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
        }
        return number(value) + " điểm";
    }

    private String percent(BigDecimal share) {
        return number(share.multiply(BigDecimal.valueOf(100))) + "%";
    }

    private String award(Award award) {
        if (award instanceof Award.FractionOfMax f) {
            if (f.numerator().signum() == 0) {
                return points(BigDecimal.ZERO);
            }
            if (f.numerator().equals(f.denominator())) {
                return en ? "full points" : "điểm tối đa";
            }
            return f.numerator() + "/" + f.denominator() + (en ? " of the maximum" : " điểm tối đa");
        }
        return points(((Award.Points) award).value());
    }

    private List<String> awards(Rule.PartialCredit rule) {
        List<String> out = new ArrayList<>();
        Optional<InputDefinition> input = appendix.input(rule.input());
        if (input.isPresent() && !input.get().options().isEmpty()) {
            for (InputDefinition.ChoiceOption option : input.get().options()) {
                Award award = rule.awards().get(option.value());
                out.add(option.label() + ": " + (award == null ? points(BigDecimal.ZERO) : award(award)));
            }
        } else {
            for (Map.Entry<String, Award> e : rule.awards().entrySet()) {
                out.add(e.getKey() + ": " + award(e.getValue()));
            }
        }
        return out;
    }

    private List<String> tiers(Rule.Tiers rule) {
        List<String> out = new ArrayList<>();
        boolean fromBelow = false;
        boolean upwards = false;
        for (Rule.Tier tier : rule.tiers()) {
            out.add(interval(tier.interval(), en ? Locale.ENGLISH : null) + ": " + award(tier.award()));
            fromBelow |= tier.interval().lower() == null;
            upwards |= tier.interval().upper() == null;
        }
        if (!fromBelow || !upwards) {
            out.add(en ? "any other value: 0 points" : "giá trị khác: 0 điểm");
        }
        return out;
    }

    /** Where a name first appears in an expression, so that names are explained in reading order. */
    private static int firstUse(String expression, String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name)
                + "\\b", Pattern.CASE_INSENSITIVE).matcher(expression);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private String zeroDenominator(Rule.ZeroDenominator policy) {
        if (policy == Rule.ZeroDenominator.NOT_APPLICABLE) {
            return en ? "zero denominator: not applicable" : "mẫu số bằng 0: không áp dụng";
        }
        return en ? "zero denominator: 0 points" : "mẫu số bằng 0: 0 điểm";
    }

    private String aggregate(String function) {
        return switch (function) {
            case "MAX" -> en ? "the highest" : "giá trị cao nhất của";
            case "MIN" -> en ? "the lowest" : "giá trị thấp nhất của";
            case "AVG" -> en ? "the average" : "giá trị trung bình của";
            default -> en ? "the sum of" : "tổng";
        };
    }

    /** The input's label in quotes, English when the language is English and the file gives one. */
    private String label(String key) {
        Optional<InputDefinition> input = appendix.input(key);
        if (input.isEmpty()) {
            input = appendix.allInputs().stream().filter(i -> i.key().equalsIgnoreCase(key)).findFirst();
        }
        String label = input.map(i -> en && i.labelEn() != null ? i.labelEn() : i.label()).orElse(key);
        return en ? "“" + label + "”" : "«" + label + "»";
    }

    private String unitOf(String key) {
        return appendix.input(key).map(InputDefinition::unit).map(u -> " (" + u + ")").orElse("");
    }
}
