package vn.ictindex.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.reporting.SelfAssessmentWorkbook;
import vn.ictindex.reporting.UnitScoreTable;
import vn.ictindex.reporting.UnitScoreTables;

/**
 * A unit's self-assessment table as an Excel file in the appendix layout: for the unit's own people (self-score) and
 * for the department and the council (every layer). Anyone else gets "not found".
 */
@Controller
class UnitWorkbookController {

    private final UnitScoreTables tables;

    UnitWorkbookController(UnitScoreTables tables) {
        this.tables = tables;
    }

    @GetMapping("/reporting/units/{unitId}/periods/{periodId}/self-assessment.xlsx")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
                                    @PathVariable long periodId) {
        UnitScoreTable table = tables.table(user, periodId, unitId);
        return Downloads.xlsx("bang-diem-" + table.unitCode() + "-" + table.year() + ".xlsx",
                SelfAssessmentWorkbook.write(table));
    }
}
