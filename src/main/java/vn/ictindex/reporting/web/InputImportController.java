package vn.ictindex.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.StaleSelfAssessmentException;
import vn.ictindex.reporting.InputImports;
import vn.ictindex.reporting.WorkbookRefusedException;
import vn.ictindex.web.UploadSizeFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Excel in, for the agency's specialist: download the input workbook, upload it filled in, read the preview (what
 * changes, node by node, and every problem with its place in the file), then confirm. The preview's values travel in
 * hidden fields with the self-assessment version it was made from; nothing is written before the confirmation.
 */
@Controller
class InputImportController {

    static final String PAGE = "/reporting/self-assessment/import";
    private static final String FIELD = "v:";

    private final InputImports imports;
    private final SelfAssessments assessments;

    InputImportController(InputImports imports, SelfAssessments assessments) {
        this.imports = imports;
        this.assessments = assessments;
    }

    @GetMapping("/reporting/self-assessment/input.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal CurrentUser user) {
        SelfAssessments.Workspace workspace = workspace(user);
        return Downloads.xlsx("so-lieu-tu-danh-gia-" + workspace.unit().code() + "-" + workspace.period().year()
                + ".xlsx", imports.workbook(user));
    }

    @GetMapping(PAGE)
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String upload,
                Model model) {
        if (UploadSizeFilter.TOO_LARGE.equals(upload)) {
            model.addAttribute("refused", "Tệp quá lớn nên không được nhận; mẫu số liệu tự đánh giá chỉ vài chục KB.");
        } else if (UploadSizeFilter.UNREADABLE.equals(upload)) {
            model.addAttribute("refused", "Không đọc được tệp gửi lên; hãy chọn lại tệp.");
        }
        return page(user, model);
    }

    @PostMapping(PAGE)
    String preview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                   Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("refused", "Hãy chọn tệp Excel đã điền số liệu.");
            return page(user, model);
        }
        try {
            model.addAttribute("preview", imports.preview(user, file.getBytes()));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (WorkbookRefusedException | SelfAssessmentException e) {
            model.addAttribute("refused", e.getMessage());
        }
        return page(user, model);
    }

    @PostMapping(PAGE + "/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @RequestParam long period, @RequestParam int version,
                 @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (name.startsWith(FIELD)) {
                values.put(name.substring(FIELD.length()), list.isEmpty() ? "" : list.get(list.size() - 1));
            }
        });
        try {
            imports.apply(user, period, version, values);
            redirect.addFlashAttribute("message", "Đã cập nhật " + values.size() + " số liệu từ tệp Excel");
            return "redirect:/assessment";
        } catch (StaleSelfAssessmentException e) {
            model.addAttribute("refused", e.getMessage() + " Hãy tải tệp lên lại để xem thay đổi so với bản mới.");
        } catch (SelfAssessmentException e) {
            model.addAttribute("refused", e.getMessage());
        }
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("workspace", workspace(user));
        return "reporting/import";
    }

    private SelfAssessments.Workspace workspace(CurrentUser user) {
        try {
            return assessments.workspace(user);
        } catch (SelfAssessmentException e) {
            throw new vn.ictindex.reporting.ReportNotFoundException(e.getMessage());
        }
    }
}
