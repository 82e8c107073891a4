package vn.ictindex.consultation.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.consultation.Answer;
import vn.ictindex.consultation.Consultation;
import vn.ictindex.consultation.ConsultationException;
import vn.ictindex.consultation.Consultations;
import vn.ictindex.consultation.Disposition;
import vn.ictindex.consultation.Recipient;
import vn.ictindex.consultation.Syntheses;
import vn.ictindex.consultation.SynthesisDocument;
import vn.ictindex.consultation.SynthesisWorkbook;
import vn.ictindex.criteria.CriteriaVersionSummary;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.document.DocumentSettings;
import vn.ictindex.document.DocumentWriter;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department's view of one round: its state and actions (send, remind, close), who has answered, the comments per
 * node, a disposition form per comment, and the synthesis table to download.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ConsultationController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Consultations consultations;
    private final Syntheses syntheses;
    private final CriteriaVersions criteria;
    private final DocumentWriter documents;
    private final DocumentSettings documentSettings;

    ConsultationController(Consultations consultations, Syntheses syntheses, CriteriaVersions criteria,
                           DocumentWriter documents, DocumentSettings documentSettings) {
        this.consultations = consultations;
        this.syntheses = syntheses;
        this.criteria = criteria;
        this.documents = documents;
        this.documentSettings = documentSettings;
    }

    @GetMapping("/consultations/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Consultation round = consultations.visibleTo(user, id);
        List<Recipient> recipients = consultations.recipients(id);
        Map<Long, Answer> answers = consultations.answers(id);
        Map<Answer, Long> answerCounts = new LinkedHashMap<>();
        for (Answer a : Answer.values()) {
            answerCounts.put(a, answers.values().stream().filter(a::equals).count());
        }
        model.addAttribute("round", round);
        model.addAttribute("amendments", consultations.amendments(consultations.draftOf(round)).orElse(null));
        model.addAttribute("recipients", recipients);
        model.addAttribute("answers", answers);
        model.addAttribute("answerCounts", answerCounts);
        model.addAttribute("reminderCounts", consultations.reminderCounts(id));
        model.addAttribute("nodeCounts", consultations.nodeCounts(id));
        model.addAttribute("comments", consultations.comments(user, id));
        model.addAttribute("answeredHere", consultations.answeredBy(round.draftId()));
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("laterVersions", criteria.list().stream()
                .filter(v -> v.code().equals(round.criteriaCode()) && !v.versionId().equals(round.draftId()))
                .map(CriteriaVersionSummary::versionId).toList());
        model.addAttribute("today", consultations.today());
        return "consultation/consultation";
    }

    @PostMapping("/consultations/{id}/send")
    String send(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            consultations.send(user, id);
            return "Đã gửi dự thảo lấy ý kiến đến " + consultations.recipients(id).size() + " nơi nhận";
        });
    }

    @PostMapping("/consultations/{id}/remind")
    String remind(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            int created = consultations.remind(user.username(), id);
            return created == 0 ? "Không có nơi nào cần nhắc thêm hôm nay (đã trả lời hoặc đã được nhắc)"
                    : "Đã nhắc " + created + " nơi chưa trả lời";
        });
    }

    @PostMapping("/consultations/{id}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            consultations.close(user, id);
            return "Đã kết thúc đợt lấy ý kiến";
        });
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/disposition")
    String dispose(@PathVariable long id, @PathVariable long commentId, @RequestParam int version,
                   @RequestParam(required = false) String disposition,
                   @RequestParam(defaultValue = "") String explanation,
                   @RequestParam(defaultValue = "") String resultingChange,
                   @RequestParam(defaultValue = "") String answeredIn, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        String anchor = "#comment-" + commentId;
        try {
            Disposition chosen = disposition == null || disposition.isBlank() ? null
                    : Disposition.valueOf(disposition);
            consultations.dispose(user, id, commentId, version, new Consultations.DispositionDetails(chosen,
                    explanation, resultingChange, answeredIn));
            redirect.addFlashAttribute("message", "Đã ghi ý kiến tiếp thu, giải trình");
        } catch (ConsultationException | IllegalArgumentException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("dispositionProblem", Map.of(commentId,
                    e instanceof OptimisticLockingFailureException
                            ? "Người khác vừa cập nhật ý kiến này; nội dung bạn nhập vẫn còn, hãy kiểm tra rồi lưu lại."
                            : e instanceof IllegalArgumentException ? "Chọn tiếp thu, tiếp thu một phần hoặc không tiếp thu"
                            : e.getMessage()));
            redirect.addFlashAttribute("typed", Map.of(commentId, new Typed(disposition, explanation,
                    resultingChange, answeredIn)));
        }
        return "redirect:/consultations/" + id + anchor;
    }

    /** What the department typed in a disposition form that was refused, shown again as typed. */
    record Typed(String disposition, String explanation, String resultingChange, String answeredIn) {
    }

    @GetMapping("/consultations/{id}/synthesis.xlsx")
    ResponseEntity<byte[]> synthesisExcel(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        byte[] workbook = SynthesisWorkbook.write(syntheses.of(user, id));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bang-tong-hop-y-kien-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    @GetMapping("/consultations/{id}/synthesis.docx")
    ResponseEntity<byte[]> synthesisDocx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        byte[] docx = documents.docx(SynthesisDocument.of(syntheses.of(user, id), documentSettings));
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bang-tong-hop-y-kien-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(docx);
    }

    private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/consultations/" + id;
    }
}
