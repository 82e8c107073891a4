package vn.ictindex.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ictindex.assessment.Period;
import vn.ictindex.reporting.YearOverYear;

import java.util.List;

/** A target group, or one of its units, compared between two periods' published results. */
@Controller
class YearOverYearController {

    private final YearOverYear comparison;
    YearOverYearController(YearOverYear comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/reporting/year-over-year")
    String compare(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                   @RequestParam(required = false) String appendix, @RequestParam(required = false) Long unit,
                   Model model) {
        // by default the two latest periods with published results
        List<Period> published = comparison.periods().stream()
                .filter(p -> !comparison.appendices(p.id(), p.id()).isEmpty()).toList();
        model.addAttribute("periods", comparison.periods());
        if (published.size() < 2 && (from == null || to == null)) {
            model.addAttribute("missing", "Cần ít nhất hai năm có kết quả chính thức đã công bố để so sánh");
            return "reporting/year-over-year";
        }
        long after = to != null ? to : published.get(0).id();
        long before = from != null ? from : published.get(1).id();
        List<String> appendices = comparison.appendices(before, after);
        String chosen = appendix != null && appendices.contains(appendix) ? appendix
                : appendices.isEmpty() ? null : appendices.get(0);
        model.addAttribute("from", before);
        model.addAttribute("to", after);
        model.addAttribute("appendices", appendices);
        model.addAttribute("appendix", chosen);
        if (chosen != null) {
            YearOverYear.GroupComparison group = comparison.group(before, after, chosen);
            model.addAttribute("group", group);
            model.addAttribute("units", group.units());
        }
        if (unit != null) {
            model.addAttribute("unit", comparison.unit(before, after, unit));
        }
        return "reporting/year-over-year";
    }
}
