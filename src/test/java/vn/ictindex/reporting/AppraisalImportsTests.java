package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.appraisal.StaleLayerException;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** The council's appraised values through Excel: workbook out, preview with reasons, applied to the APPRAISED layer. */
@SpringBootTest
@Transactional
class AppraisalImportsTests {

    static final CurrentUser COUNCIL = new CurrentUser(3, "hoidong", "Thành viên Hội đồng", Role.COUNCIL, null, null,
            true);

    @Autowired
    AppraisalImports imports;
    @Autowired
    ScoreLayers layers;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    Periods periods;
    @Autowired
    Units units;

    long justice;
    long health;
    Period period;

    @BeforeEach
    void justiceDeclaredAndTheDepartmentCompiled() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        assessments.save(specialist(justice), period.id(), 0, new SelfAssessments.Changes(
                Map.of("staff_total", "57", "staff_with_pc", "56"), Map.of()));
        layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_with_pc", "B1", "50",
                "Sổ tài sản ghi 50 máy", null);
    }

    private static Row row(XSSFWorkbook workbook, String key) {
        for (Row row : workbook.getSheet(AppraisalWorkbook.SHEET)) {
            Cell cell = row.getCell(0);
            if (cell != null && key.equals(cell.toString())) {
                return row;
            }
        }
        throw new AssertionError(key);
    }

    private static Consumer<XSSFWorkbook> appraised(String key, double value, String reason) {
        return workbook -> {
            Row row = row(workbook, key);
            row.getCell(AppraisalWorkbook.COL_APPRAISED).setCellValue(value);
            row.getCell(AppraisalWorkbook.COL_REASON).setCellValue(reason);
        };
    }

    @Test
    void theWorkbookShowsEachLayerSideBySideWithOnlyTheAppraisedValueAndReasonEditable() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(imports.workbook(COUNCIL, period.id(), justice))) {
            Row staff = row(workbook, "staff_with_pc");
            assertThat(staff.getCell(AppraisalWorkbook.COL_SELF).getNumericCellValue()).isEqualTo(56.0);
            assertThat(staff.getCell(AppraisalWorkbook.COL_COMPILED).getNumericCellValue()).isEqualTo(50.0);
            assertThat(staff.getCell(AppraisalWorkbook.COL_APPRAISED).getNumericCellValue()).isEqualTo(50.0);
            assertThat(staff.getCell(AppraisalWorkbook.COL_APPRAISED).getCellStyle().getLocked()).isFalse();
            assertThat(staff.getCell(AppraisalWorkbook.COL_COMPILED).getCellStyle().getLocked()).isTrue();
            assertThat(workbook.getSheet(AppraisalWorkbook.SHEET).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("Sở Tư pháp");
        }
    }

    @Test
    void aRoundTripChangesNothing() {
        byte[] workbook = imports.workbook(COUNCIL, period.id(), justice);

        AppraisalImports.Preview preview = imports.preview(COUNCIL, period.id(), justice, workbook);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).isEmpty();
    }

    @Test
    void aChangedValueNeedsAReasonAndIsAppliedToTheAppraisedLayerOnConfirmation() {
        byte[] workbook = imports.workbook(COUNCIL, period.id(), justice);

        AppraisalImports.Preview withoutReason = imports.preview(COUNCIL, period.id(), justice,
                Workbooks.edited(workbook, appraised("staff_with_pc", 45, "")));
        assertThat(withoutReason.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("I");
            assertThat(p.message()).startsWith("Cần ghi lý do");
        });

        AppraisalImports.Preview preview = imports.preview(COUNCIL, period.id(), justice,
                Workbooks.edited(workbook, appraised("staff_with_pc", 45, "Kiểm tra thực tế: 45 máy dùng được")));
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("50");
            assertThat(c.after()).isEqualTo("45");
            assertThat(c.expectedVersion()).isNull();
        });
        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("50");

        imports.apply(COUNCIL, period.id(), justice, preview.changes());

        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("45");
        assertThat(layers.entry(period.id(), justice, ScoreLayer.APPRAISED, "staff_with_pc").orElseThrow().reason())
                .isEqualTo("Kiểm tra thực tế: 45 máy dùng được");
    }

    @Test
    void aPreviewOvertakenByAnotherAppraiserIsRefusedAndNothingIsWritten() {
        AppraisalImports.Preview preview = imports.preview(COUNCIL, period.id(), justice, Workbooks.edited(
                imports.workbook(COUNCIL, period.id(), justice), appraised("staff_with_pc", 45, "Kiểm tra thực tế")));
        layers.set("hoidong2", period.id(), justice, ScoreLayer.APPRAISED, "staff_with_pc", "B1", "47",
                "Thành viên khác", null);

        assertThatThrownBy(() -> imports.apply(COUNCIL, period.id(), justice, preview.changes()))
                .isInstanceOf(StaleLayerException.class);
        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("47");
    }

    @Test
    void anotherUnitsWorkbookAndAnEditedIdentityAreRefused() {
        byte[] healths = imports.workbook(COUNCIL, period.id(), health);
        assertThat(imports.preview(COUNCIL, period.id(), justice, healths).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("đơn vị, kỳ hoặc bộ tiêu chí khác (BT-SYT"));

        byte[] forged = Workbooks.edited(healths, workbook -> {
            Sheet identity = workbook.getSheet(AppraisalWorkbook.IDENTITY_SHEET);
            identity.getRow(1).getCell(1).setCellValue(String.valueOf(justice));
        });
        assertThat(imports.preview(COUNCIL, period.id(), justice, forged).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("đã bị sửa"));
    }

    @Test
    void onlyCouncilMembersUseIt() {
        assertThatThrownBy(() -> imports.workbook(specialist(justice), period.id(), justice))
                .isInstanceOf(ReportNotFoundException.class);
    }
}
