package vn.ictindex.criteria.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.criteria.Crosswalk;
import vn.ictindex.criteria.CrosswalkException;
import vn.ictindex.criteria.Crosswalks;
import vn.ictindex.criteria.StaleDraftException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The crosswalk between two versions (administrators): the proposal, or what the department confirmed, as an
 * editable table with a few empty lines for a split or a merge.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CrosswalkController {

    /** Empty lines offered under the table, for the entries a split or a merge needs. */
    static final int SPARE_ROWS = 3;

    private final Crosswalks crosswalks;

    CrosswalkController(Crosswalks crosswalks) {
        this.crosswalks = crosswalks;
    }

    /** One line of the table as typed. */
    record Row(String fromAppendix, String fromKey, String toAppendix, String toKey, String kind, String note) {
        static Row of(Crosswalk.Entry e) {
            return new Row(e.fromAppendix(), e.fromKey(), e.toAppendix(), e.toKey(), e.kind().name(), e.note());
        }

        boolean blank() {
            return isBlank(fromKey) && isBlank(toKey) && isBlank(note);
        }

        Crosswalk.Entry entry() {
            Crosswalk.Kind k = null;
            try {
                k = kind == null ? null : Crosswalk.Kind.valueOf(kind);
            } catch (IllegalArgumentException ignored) {
                // left null: reported as "choose a kind"
            }
            return new Crosswalk.Entry(strip(fromAppendix), strip(fromKey), strip(toAppendix), strip(toKey), k,
                    strip(note));
        }
    }

    @GetMapping("/criteria/crosswalk")
    String show(@RequestParam String from, @RequestParam String to, Model model) {
        Crosswalk crosswalk = crosswalks.between(from, to)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Row> rows = new ArrayList<>(crosswalk.entries().stream().map(Row::of).toList());
        return page(crosswalk, rows, Map.of(), null, model);
    }

    @PostMapping("/criteria/crosswalk")
    String confirm(@RequestParam String from, @RequestParam String to, @RequestParam MultiValueMap<String, String> form,
                   @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        Crosswalk current = crosswalks.between(from, to)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Row> rows = new ArrayList<>();
        List<String> kinds = form.getOrDefault("kind", List.of());
        for (int i = 0; i < kinds.size(); i++) {
            Row row = new Row(at(form, "fromAppendix", i), at(form, "fromKey", i), at(form, "toAppendix", i),
                    at(form, "toKey", i), kinds.get(i), at(form, "note", i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        int lock;
        try {
            lock = Integer.parseInt(form.getFirst("lock"));
        } catch (NumberFormatException e) {
            lock = -1;
        }
        try {
            crosswalks.confirm(from, to, rows.stream().map(Row::entry).toList(), lock, user.username());
        } catch (CrosswalkException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(current, rows, e.problems(), e.getMessage(), model);
        } catch (StaleDraftException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Crosswalk latest = crosswalks.between(from, to).orElseThrow();
            return page(latest, latest.entries().stream().map(Row::of).toList(), Map.of(), e.getMessage(), model);
        }
        redirect.addAttribute("from", from);
        redirect.addAttribute("to", to);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/criteria/crosswalk";
    }

    private String page(Crosswalk crosswalk, List<Row> rows, Map<Integer, String> problems, String error,
                        Model model) {
        List<Row> shown = new ArrayList<>(rows);
        for (int i = 0; i < SPARE_ROWS; i++) {
            shown.add(new Row("", "", "", "", "", ""));
        }
        model.addAttribute("crosswalk", crosswalk);
        model.addAttribute("rows", shown);
        model.addAttribute("problems", problems);
        model.addAttribute("error", error);
        model.addAttribute("kinds", Crosswalk.Kind.values());
        return "criteria/crosswalk";
    }

    private static String at(MultiValueMap<String, String> form, String name, int i) {
        List<String> values = form.getOrDefault(name, List.of());
        return i < values.size() ? values.get(i) : null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
