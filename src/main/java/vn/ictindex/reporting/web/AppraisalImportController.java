package vn.ictindex.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.LayerException;
import vn.ictindex.appraisal.StaleLayerException;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.reporting.AppraisalImports;
import vn.ictindex.reporting.ReportNotFoundException;
import vn.ictindex.reporting.WorkbookRefusedException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's appraised values in Excel for one unit: download, upload to a preview, confirm. The preview's changes
 * travel in hidden fields (key, node, value, reason, the entry version it saw), so a field changed meanwhile by
 * another appraiser is refused on confirmation.
 */
@Controller
class AppraisalImportController {

    private static final String BASE = "/reporting/appraisal/units/{unitId}/periods/{periodId}";

    private final AppraisalImports imports;
    private final Units units;
    private final Periods periods;

    AppraisalImportController(AppraisalImports imports, Units units, Periods periods) {
        this.imports = imports;
        this.units = units;
        this.periods = periods;
    }

    @GetMapping(BASE + "/appraised.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
                                    @PathVariable long periodId) {
        byte[] content = imports.workbook(user, periodId, unitId);
        return Downloads.xlsx("tham-dinh-" + unit(unitId).code() + "-" + period(periodId).year() + ".xlsx", content);
    }

    @GetMapping(BASE + "/import")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, @PathVariable long periodId,
                Model model) {
        imports.workbook(user, periodId, unitId);
        return page(model, unitId, periodId);
    }

    @PostMapping(BASE + "/import")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, @PathVariable long periodId,
                   @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("refused", "Hãy chọn tệp Excel đã điền giá trị thẩm định.");
        } else {
            try {
                model.addAttribute("preview", imports.preview(user, periodId, unitId, file.getBytes()));
            } catch (WorkbookRefusedException e) {
                model.addAttribute("refused", e.getMessage());
            }
        }
        return page(model, unitId, periodId);
    }

    @PostMapping(BASE + "/import/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, @PathVariable long periodId,
                 @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        // read as lists that keep empty values ("no entry yet" is an empty expected version)
        List<String> key = form.getOrDefault("key", List.of());
        List<String> node = form.getOrDefault("node", List.of());
        List<String> value = form.getOrDefault("value", List.of());
        List<String> reason = form.getOrDefault("reason", List.of());
        List<String> expected = form.getOrDefault("expected", List.of());
        if (key.isEmpty() || node.size() != key.size() || value.size() != key.size() || reason.size() != key.size()
                || expected.size() != key.size()) {
            model.addAttribute("refused", "Không có thay đổi hợp lệ để áp dụng; hãy tải tệp lên lại.");
            return page(model, unitId, periodId);
        }
        List<AppraisalImports.Change> changes = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            changes.add(new AppraisalImports.Change(key.get(i), node.get(i), key.get(i), null, value.get(i),
                    reason.get(i), expected.get(i).isBlank() ? null : Integer.valueOf(expected.get(i))));
        }
        try {
            imports.apply(user, periodId, unitId, changes);
            redirect.addFlashAttribute("message", "Đã cập nhật " + changes.size() + " giá trị thẩm định");
            return "redirect:" + BASE.replace("{unitId}", String.valueOf(unitId))
                    .replace("{periodId}", String.valueOf(periodId)) + "/import";
        } catch (StaleLayerException | LayerException e) {
            model.addAttribute("refused", e.getMessage());
            return page(model, unitId, periodId);
        }
    }

    private String page(Model model, long unitId, long periodId) {
        model.addAttribute("unit", unit(unitId));
        model.addAttribute("period", period(periodId));
        return "reporting/appraisal-import";
    }

    private Unit unit(long id) {
        return units.find(id).orElseThrow(() -> new ReportNotFoundException("Không có đơn vị"));
    }

    private Period period(long id) {
        return periods.find(id).orElseThrow(() -> new ReportNotFoundException("Không có kỳ"));
    }
}
