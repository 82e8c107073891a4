package vn.ictindex.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Periods;
import vn.ictindex.document.AdministrativeDocument;
import vn.ictindex.document.DocumentWriter;
import vn.ictindex.organisation.Units;
import vn.ictindex.reporting.CycleDocuments;
import vn.ictindex.reporting.ReportNotFoundException;

/**
 * The cycle's documents as PDF (to read and file) or DOCX (to edit before signing). Who may have which is decided in
 * {@link CycleDocuments}; anybody else gets "not found".
 */
@Controller
class CycleDocumentsController {

    private final CycleDocuments documents;
    private final DocumentWriter writer;
    private final Periods periods;
    private final Units units;

    CycleDocumentsController(CycleDocuments documents, DocumentWriter writer, Periods periods, Units units) {
        this.documents = documents;
        this.writer = writer;
        this.periods = periods;
        this.units = units;
    }

    @GetMapping("/reporting/periods/{periodId}/preliminary-report.{format:pdf|docx}")
    ResponseEntity<byte[]> preliminaryReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                                             @PathVariable String format) {
        return download(documents.preliminaryReport(user, periodId), "bao-cao-so-bo-" + year(periodId), format);
    }

    @GetMapping("/reporting/periods/{periodId}/units/{unitId}/council-minutes.{format:pdf|docx}")
    ResponseEntity<byte[]> councilMinutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                                          @PathVariable long unitId, @PathVariable String format) {
        return download(documents.councilMinutes(user, periodId, unitId),
                "bien-ban-tham-dinh-" + code(unitId) + "-" + year(periodId), format);
    }

    @GetMapping("/reporting/periods/{periodId}/results-decision.{format:pdf|docx}")
    ResponseEntity<byte[]> resultsDecision(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                                           @PathVariable String format) {
        return download(documents.resultsDecision(user, periodId), "du-thao-quyet-dinh-" + year(periodId), format);
    }

    @GetMapping("/reporting/periods/{periodId}/units/{unitId}/results-letter.{format:pdf|docx}")
    ResponseEntity<byte[]> resultsLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                                         @PathVariable long unitId, @PathVariable String format) {
        return download(documents.resultsLetter(user, periodId, unitId),
                "cong-van-ket-qua-" + code(unitId) + "-" + year(periodId), format);
    }

    private ResponseEntity<byte[]> download(AdministrativeDocument document, String name, String format) {
        return "pdf".equals(format) ? Downloads.pdf(name + ".pdf", writer.pdf(document))
                : Downloads.docx(name + ".docx", writer.docx(document));
    }

    private int year(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"))
                .year();
    }

    private String code(long unitId) {
        return units.find(unitId).orElseThrow(() -> new ReportNotFoundException("Không có đơn vị này")).code();
    }
}
