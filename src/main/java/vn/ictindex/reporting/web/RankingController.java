package vn.ictindex.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.assessment.Period;
import vn.ictindex.reporting.PeriodScores;
import vn.ictindex.reporting.PeriodWorkbook;
import vn.ictindex.reporting.ReportNotFoundException;
import vn.ictindex.scoring.Appendix;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** The ranking table of one target group (b), small enough to write while the user waits. */
@Controller
class RankingController {

    private final PeriodScores scores;

    RankingController(PeriodScores scores) {
        this.scores = scores;
    }

    @GetMapping("/reporting/periods/{periodId}/groups/{appendixId}/ranking.xlsx")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                                    @PathVariable String appendixId) {
        Period period = scores.period(user, periodId);
        Appendix appendix = scores.appendices(period).stream().filter(a -> a.id().equals(appendixId)).findFirst()
                .orElseThrow(() -> new ReportNotFoundException("Không có nhóm đối tượng này trong kỳ"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeriodWorkbook.write("BẢNG XẾP HẠNG MỨC ĐỘ ỨNG DỤNG CNTT NĂM " + period.year() + " – "
                        + appendix.targetGroup().name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                List.of(scores.group(period, appendix, ScoreLayer.FINAL)), false, out, (done, of) -> { });
        return Downloads.xlsx("xep-hang-" + appendix.id() + "-" + period.year() + ".xlsx", out.toByteArray());
    }
}
