package vn.ictindex.consultation.web;

import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.ictindex.consultation.Comment;
import vn.ictindex.consultation.Consultation;
import vn.ictindex.consultation.ConsultationException;
import vn.ictindex.consultation.ConsultationNotFoundException;
import vn.ictindex.consultation.Consultations;
import vn.ictindex.consultation.Recipient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A recipient's view of a round sent to it: the cover letter, the draft as a tree, its own comments under the nodes
 * they are about, and the forms to comment, to agree without comment, and to cite its answering letter.
 */
@Controller
class ConsultationReplyController {

    private final Consultations consultations;

    ConsultationReplyController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/consultations/{id}/reply")
    String show(@PathVariable long id, @RequestParam(required = false) String node,
                @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Consultation round = consultations.visibleTo(user, id);
        Recipient me = consultations.recipientFor(user, id).orElseThrow(() -> new ConsultationNotFoundException(id));
        List<Comment> mine = consultations.ownComments(user, id);
        Map<String, List<Comment>> byNode = mine.stream().collect(Collectors.groupingBy(
                c -> c.onWholeDraft() ? "" : c.appendixId() + "|" + c.nodeKey(), LinkedHashMap::new,
                Collectors.toList()));
        boolean onTime = round.onTime(consultations.today());
        model.addAttribute("round", round);
        model.addAttribute("me", me);
        model.addAttribute("answer", consultations.answers(id).get(me.id()));
        vn.ictindex.criteria.CriteriaVersion draft = consultations.draftOf(round);
        vn.ictindex.criteria.VersionDiff amendments = consultations.amendments(draft).orElse(null);
        model.addAttribute("tree", DraftTree.of(draft, locale));
        model.addAttribute("amendments", amendments);
        model.addAttribute("changed", amendments == null ? java.util.Set.of() : amendments.appendices().stream()
                .flatMap(a -> a.groups().stream().flatMap(g -> g.changes().stream())
                        .map(c -> a.appendixId() + "|" + c.nodeKey()))
                .collect(Collectors.toSet()));
        model.addAttribute("mine", mine);
        model.addAttribute("byNode", byNode);
        model.addAttribute("open", round.isOpen());
        model.addAttribute("onTime", onTime);
        model.addAttribute("editable", round.isOpen() && onTime);
        model.addAttribute("answeredHere", consultations.answeredBy(round.draftId()));
        if (!model.containsAttribute("typedNode")) {
            model.addAttribute("typedNode", node == null ? "" : node);
        }
        model.addAttribute("submissionKey", UUID.randomUUID().toString());
        return "consultation/reply";
    }

    @PostMapping("/consultations/{id}/reply/comments")
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String node,
                   @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String submissionKey,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String[] ref = node.isBlank() ? new String[]{"", ""} : node.split("\\|", 2);
        try {
            Comment c = consultations.comment(user, id, submissionKey, new Consultations.CommentDetails(ref[0],
                    ref.length > 1 ? ref[1] : "", body));
            redirect.addFlashAttribute("message", c.late()
                    ? "Đã gửi ý kiến. Lưu ý: ý kiến gửi sau hạn góp ý được ghi nhận là gửi muộn."
                    : "Đã gửi ý kiến góp ý");
            return "redirect:/consultations/" + id + "/reply#comment-" + c.id();
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("commentProblem", e.getMessage());
            redirect.addFlashAttribute("typedBody", body);
            redirect.addFlashAttribute("typedNode", node);
            return "redirect:/consultations/" + id + "/reply#comment-form";
        }
    }

    @PostMapping("/consultations/{id}/reply/comments/{commentId}")
    String edit(@PathVariable long id, @PathVariable long commentId, @RequestParam int version,
                @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal CurrentUser user,
                RedirectAttributes redirect) {
        try {
            consultations.edit(user, id, commentId, version, body);
            redirect.addFlashAttribute("message", "Đã lưu ý kiến đã sửa");
        } catch (ConsultationException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("editProblem", Map.of(commentId, e instanceof ConsultationException
                    ? e.getMessage()
                    : "Ý kiến này vừa được sửa ở nơi khác; nội dung bạn nhập vẫn còn, hãy kiểm tra rồi lưu lại."));
            redirect.addFlashAttribute("typedEdit", Map.of(commentId, body));
        }
        return "redirect:/consultations/" + id + "/reply#comment-" + commentId;
    }

    @PostMapping("/consultations/{id}/reply/agree")
    String agree(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            consultations.agree(user, id);
            redirect.addFlashAttribute("message", "Đã gửi trả lời: " + Answer.AGREED.label());
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/consultations/" + id + "/reply";
    }

    @PostMapping("/consultations/{id}/reply/letter")
    String letter(@PathVariable long id, @RequestParam(defaultValue = "") String letter,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            consultations.letterReference(user, id, letter);
            redirect.addFlashAttribute("message", "Đã lưu số, ngày văn bản góp ý");
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("letterProblem", e.getMessage());
            redirect.addFlashAttribute("typedLetter", letter);
        }
        return "redirect:/consultations/" + id + "/reply";
    }
}
