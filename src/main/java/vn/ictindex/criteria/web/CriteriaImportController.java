package vn.ictindex.criteria.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.criteria.CriteriaFileException;
import vn.ictindex.criteria.CriteriaImports;
import vn.ictindex.criteria.CriteriaUpload;
import vn.ictindex.criteria.CriteriaUploadRefusedException;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersionExistsException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Importing a criteria version from a file (administrators only). A refused file re-shows the form with the reason
 * or every problem found; an imported one leads to its page (post-redirect-get), so that a reload does not post again.
 */
@Controller
@RequestMapping("/criteria/import")
@PreAuthorize("hasRole('ADMIN')")
class CriteriaImportController {

    private final CriteriaImports imports;

    CriteriaImportController(CriteriaImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String form() {
        return "criteria/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        String originalName = file == null ? null : file.getOriginalFilename();
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            CriteriaUpload upload = CriteriaUpload.read(originalName, content);
            CriteriaVersion version = imports.importFile(upload, user.username());
            redirect.addAttribute("code", version.code());
            redirect.addAttribute("version", version.version());
            redirect.addFlashAttribute("importedFrom", upload.fileName());
            return "redirect:/criteria/{code}/{version}";
        } catch (CriteriaUploadRefusedException e) {
            model.addAttribute("refused", e);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        } catch (CriteriaFileException e) {
            model.addAttribute("fileName", CriteriaUpload.sanitiseFileName(originalName));
            model.addAttribute("problems", e.problems());
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        } catch (CriteriaVersionExistsException e) {
            String id = e.versionId();
            model.addAttribute("existing", id);
            model.addAttribute("existingCode", id.substring(0, id.indexOf('@')));
            model.addAttribute("existingVersion", id.substring(id.indexOf('@') + 1));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return "criteria/import";
    }
}
