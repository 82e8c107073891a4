package vn.ictindex.consultation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.consultation.Answer;
import vn.ictindex.consultation.Consultation;
import vn.ictindex.consultation.Consultations;
import vn.ictindex.consultation.Recipient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consultation rounds a user may open: every round with its answer counts for the department; for a recipient
 * the rounds sent to it, how it has answered, and the reminders it has received.
 */
@Controller
class ConsultationListController {

    private final Consultations consultations;

    ConsultationListController(Consultations consultations) {
        this.consultations = consultations;
    }

    /** One line of the list: the round and, for the department, how many have answered of how many consulted. */
    record Line(Consultation round, int answered, int consulted, Answer mine) {
    }

    @GetMapping("/consultations")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Line> lines = consultations.listFor(user).stream().map(c -> {
            Map<Long, Answer> answers = consultations.answers(c.id());
            int answered = (int) answers.values().stream().filter(a -> a != Answer.NOT_ANSWERED).count();
            Answer mine = consultations.recipientFor(user, c.id()).map(Recipient::id).map(answers::get).orElse(null);
            return new Line(c, answered, answers.size(), mine);
        }).toList();
        Map<Long, Consultations.Reminder> reminders = new LinkedHashMap<>();
        consultations.remindersFor(user).forEach(r -> reminders.put(r.consultationId(), r));
        model.addAttribute("lines", lines);
        model.addAttribute("reminders", reminders);
        model.addAttribute("today", consultations.today());
        model.addAttribute("admin", user.isAdmin());
        return "consultation/list";
    }
}
