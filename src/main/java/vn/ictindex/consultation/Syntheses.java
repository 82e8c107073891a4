package vn.ictindex.consultation;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the synthesis table of a round from its recipients, comments and dispositions (for the department). */
@Service
public class Syntheses {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Consultations consultations;

    Syntheses(Consultations consultations) {
        this.consultations = consultations;
    }

    public SynthesisTable of(CurrentUser user, long consultationId) {
        Consultation c = consultations.visibleTo(user, consultationId);
        List<Comment> comments = consultations.comments(user, consultationId);
        List<Recipient> recipients = consultations.recipients(consultationId);
        Map<Long, Answer> answers = consultations.answers(consultationId);
        CriteriaVersion draft = consultations.draftOf(c);

        // the draft's order: whole-draft comments first, then appendix by appendix in document order
        Map<String, Integer> position = new HashMap<>();
        int p = 1;
        for (Appendix a : draft.appendices()) {
            for (CriterionNode n : a.allNodes()) {
                position.put(a.id() + "/" + n.key(), p++);
            }
        }
        Map<Long, Integer> recipientOrder = new HashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            recipientOrder.put(recipients.get(i).id(), i);
        }
        Map<Long, Recipient> byId = new HashMap<>();
        recipients.forEach(r -> byId.put(r.id(), r));
        List<Comment> ordered = comments.stream()
                .sorted(Comparator.comparing((Comment k) -> recipientOrder.getOrDefault(k.recipientId(), 0))
                        .thenComparing(k -> k.onWholeDraft() ? 0
                                : position.getOrDefault(k.appendixId() + "/" + k.nodeKey(), Integer.MAX_VALUE))
                        .thenComparing(Comment::id))
                .toList();

        List<SynthesisTable.Row> rows = new ArrayList<>();
        for (Comment k : ordered) {
            Recipient r = byId.get(k.recipientId());
            String party = r.name() + (r.letterReference() == null ? "" : "\n(" + r.letterReference() + ")");
            String target = k.onWholeDraft() ? k.target() : k.target() + "\n" + k.nodeName();
            String comment = k.body() + (k.late() ? "\n(Gửi sau hạn góp ý "
                    + c.deadline().format(DAY) + ")" : "");
            String answer = k.disposition() == null ? "Chưa xử lý"
                    : k.disposition().label() + (k.explanation() == null ? "" : ": " + k.explanation());
            String change = (k.resultingChange() == null ? "" : k.resultingChange())
                    + (k.answeredIn() == null ? "" : (k.resultingChange() == null ? "" : "\n")
                    + "Thể hiện tại dự thảo " + k.answeredIn());
            rows.add(new SynthesisTable.Row(rows.size() + 1, party, target, comment, answer, change));
        }

        List<String> agreed = recipients.stream().filter(r -> answers.get(r.id()) == Answer.AGREED)
                .map(Recipient::name).toList();
        List<String> notAnswered = recipients.stream().filter(r -> answers.get(r.id()) == Answer.NOT_ANSWERED)
                .map(Recipient::name).toList();
        int commented = (int) answers.values().stream().filter(a -> a == Answer.COMMENTED).count();
        SynthesisTable.Counts counts = new SynthesisTable.Counts(recipients.size(), commented + agreed.size(),
                commented, agreed.size(), notAnswered.size(), comments.size());
        return new SynthesisTable(c, draft.title(), consultations.today(), counts, rows, agreed, notAnswered);
    }
}
