package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.StaleSelfAssessmentException;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.assessment.SelfAssessmentFixture.everyFigureOfABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.head;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;
import static vn.ictindex.reporting.Workbooks.edited;
import static vn.ictindex.reporting.Workbooks.entered;
import static vn.ictindex.reporting.Workbooks.inputRow;
import static vn.ictindex.reporting.Workbooks.open;
import static vn.ictindex.reporting.Workbooks.typed;

/** Excel in: the agency's input workbook out, filled in offline, back through a preview, applied on confirmation. */
@SpringBootTest
@Transactional
class InputImportsTests {

    @Autowired
    InputImports imports;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    AuditTrail audit;

    long justice;
    long health;
    Period period;
    CurrentUser specialist;

    @BeforeEach
    void justiceTypedItsStaffFigures() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        specialist = specialist(justice);
        assessments.save(specialist, period.id(), 0, new SelfAssessments.Changes(
                Map.of("staff_total", "57", "staff_with_pc", "56"), Map.of()));
    }

    private int version() {
        return assessments.find(period.id(), justice).orElseThrow().version();
    }

    @Test
    void theWorkbookHasOneRowPerInputWithTheCurrentValueAsANumberAndAHiddenIdentity() {
        try (XSSFWorkbook workbook = open(imports.workbook(specialist))) {
            Row staff = inputRow(workbook, "staff_with_pc");
            assertThat(staff.getCell(InputWorkbook.COL_VALUE).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(staff.getCell(InputWorkbook.COL_VALUE).getNumericCellValue()).isEqualTo(56.0);
            assertThat(staff.getCell(InputWorkbook.COL_NODE).getStringCellValue()).startsWith("B1 – ");
            assertThat(staff.getCell(InputWorkbook.COL_TYPE).getStringCellValue()).isEqualTo("Số nguyên");
            assertThat(staff.getCell(InputWorkbook.COL_BOUNDS).getStringCellValue()).isEqualTo("≥ 0");
            assertThat(staff.getCell(InputWorkbook.COL_VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(staff.getCell(InputWorkbook.COL_KEY).getCellStyle().getLocked()).isTrue();
            assertThat(workbook.getSheet(InputWorkbook.INPUT_SHEET).getProtect()).isTrue();
            int inputs = assessments.workspace(specialist).appendix().allInputs().size();
            assertThat(workbook.getSheet(InputWorkbook.INPUT_SHEET).getLastRowNum())
                    .isGreaterThanOrEqualTo(InputWorkbook.HEADER_ROW + inputs);
            Sheet identity = workbook.getSheet(InputWorkbook.IDENTITY_SHEET);
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(identity)))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(identity.getRow(2).getCell(1).getStringCellValue()).isEqualTo("BT-STP");
            assertThat(workbook.getSheet(InputWorkbook.INPUT_SHEET).getRow(1).getCell(0).getStringCellValue())
                    .contains("Sở Tư pháp");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anExportImportRoundTripChangesNothing() {
        assessments.save(specialist, period.id(), version(),
                everyFigureOfABestUnit(assessments.workspace(specialist)));
        SelfAssessment before = assessments.find(period.id(), justice).orElseThrow();

        InputImports.Preview preview = imports.preview(specialist, imports.workbook(specialist));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.values()).isEmpty();
        assertThat(preview.canApply()).isFalse();
        assertThat(assessments.find(period.id(), justice).orElseThrow()).isEqualTo(before);
    }

    @Test
    void thePreviewShowsEachChangedFigureUnderItsNodeWithThePointsBeforeAndAfterAndSavesNothing() {
        byte[] filled = edited(imports.workbook(specialist), entered("staff_with_pc", 50));

        InputImports.Preview preview = imports.preview(specialist, filled);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.values()).containsExactly(Map.entry("staff_with_pc", "50"));
        InputImports.NodeChange b1 = preview.nodes().stream().filter(n -> n.nodeKey().equals("B1")).findFirst()
                .orElseThrow();
        assertThat(b1.fields()).singleElement().satisfies(f -> {
            assertThat(f.before()).isEqualTo("56");
            assertThat(f.after()).isEqualTo("50");
        });
        assertThat(b1.pointsBefore()).isEqualByComparingTo("14.74");
        assertThat(b1.pointsAfter()).isEqualByComparingTo("13.16");
        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_with_pc")).isEqualTo("56");
    }

    @Test
    void confirmingAppliesThePreviewThroughTheSelfAssessmentAndAuditsIt() {
        InputImports.Preview preview = imports.preview(specialist,
                edited(imports.workbook(specialist), entered("staff_with_pc", 50)));

        SelfAssessment saved = imports.apply(specialist, preview.periodId(), preview.version(), preview.values());

        assertThat(saved.value("staff_with_pc")).isEqualTo("50");
        assertThat(saved.version()).isEqualTo(preview.version() + 1);
        assertThat(audit.forUnit(justice, period.id()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("SELF_ASSESSMENT_IMPORTED"));
        // the same confirmation sent twice does no harm
        assertThat(imports.apply(specialist, preview.periodId(), preview.version(), preview.values()).version())
                .isEqualTo(saved.version());
    }

    @Test
    void aPreviewOvertakenByAnotherSaveIsRefused() {
        InputImports.Preview preview = imports.preview(specialist,
                edited(imports.workbook(specialist), entered("staff_with_pc", 50)));
        assessments.save(specialist, period.id(), version(), new SelfAssessments.Changes(
                Map.of("staff_with_pc", "55"), Map.of()));

        assertThatThrownBy(() -> imports.apply(specialist, preview.periodId(), preview.version(), preview.values()))
                .isInstanceOf(StaleSelfAssessmentException.class);
        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_with_pc")).isEqualTo("55");
    }

    @Test
    void textInANumberCellAndAValueOutOfBoundsAreReportedWithSheetRowAndColumn() {
        byte[] filled = edited(imports.workbook(specialist), typed("staff_total", "năm mươi").andThen(
                entered("staff_with_pc", -3)));
        int staffRow;
        try (XSSFWorkbook workbook = open(filled)) {
            staffRow = inputRow(workbook, "staff_total").getRowNum() + 1;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        InputImports.Preview preview = imports.preview(specialist, filled);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.values()).isEmpty();
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("Trang «Số liệu», dòng " + staffRow + ", cột F");
            assertThat(p.message()).startsWith("Cần nhập một số nguyên").contains("năm mươi");
        });
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo("F");
            assertThat(p.message()).contains("−3 nhỏ hơn mức tối thiểu 0");
        });
    }

    @Test
    void anUnknownInputKeyAndAnExtraRowAreReported() {
        byte[] filled = edited(imports.workbook(specialist), workbook -> {
            Sheet sheet = workbook.getSheet(InputWorkbook.INPUT_SHEET);
            sheet.protectSheet(null);
            inputRow(workbook, "staff_total").getCell(InputWorkbook.COL_KEY).setCellValue("so_can_bo");
            Row extra = sheet.createRow(sheet.getLastRowNum() + 2);
            extra.createCell(InputWorkbook.COL_VALUE).setCellValue(12);
        });

        InputImports.Preview preview = imports.preview(specialist, filled);

        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo("A");
            assertThat(p.message()).contains("«so_can_bo» không có trong");
        });
        assertThat(preview.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("Dòng thêm vào"));
    }

    @Test
    void aWorkbookOfAnotherUnitIsRefusedWhateverItContains() {
        byte[] healths = imports.workbook(specialist(health));

        InputImports.Preview preview = imports.preview(specialist, edited(healths, entered("staff_total", 80)));

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo(InputWorkbook.IDENTITY_SHEET);
            assertThat(p.message()).contains("đơn vị khác (BT-SYT)");
        });
    }

    @Test
    void anEditedIdentityIsRecognisedByItsChecksum() {
        byte[] forged = edited(imports.workbook(specialist(health)), workbook -> {
            Sheet identity = workbook.getSheet(InputWorkbook.IDENTITY_SHEET);
            identity.getRow(1).getCell(1).setCellValue(String.valueOf(justice));
            identity.getRow(2).getCell(1).setCellValue("BT-STP");
        });

        assertThat(imports.preview(specialist, forged).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("đã bị sửa"));
    }

    @Test
    void filesThatAreNotTheInputWorkbookAreRefusedWithAClearSentence() {
        byte[] withoutInputSheet = edited(imports.workbook(specialist),
                workbook -> workbook.setSheetName(0, "Sheet1"));
        assertThatThrownBy(() -> imports.preview(specialist, withoutInputSheet))
                .isInstanceOf(WorkbookRefusedException.class).hasMessageContaining("không có trang «Số liệu»");
        assertThatThrownBy(() -> imports.preview(specialist, "%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkbookRefusedException.class).hasMessage("Tệp không phải sổ tính Excel (.xlsx).");
        assertThatThrownBy(() -> imports.preview(specialist, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isInstanceOf(WorkbookRefusedException.class).hasMessageContaining(".xls");
        assertThatThrownBy(() -> imports.preview(specialist, Workbooks.zipBomb(200)))
                .isInstanceOf(WorkbookRefusedException.class).hasMessageContaining("bom nén");
        assertThatThrownBy(() -> imports.preview(specialist, new byte[3 * 1024 * 1024]))
                .isInstanceOf(WorkbookRefusedException.class).hasMessageContaining("lớn hơn 2 MB");
        assertThatThrownBy(() -> imports.preview(specialist, new byte[]{'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(WorkbookRefusedException.class);
    }

    @Test
    void onlyTheSpecialistImports() {
        byte[] filled = edited(imports.workbook(specialist), entered("staff_with_pc", 50));
        assertThatThrownBy(() -> imports.preview(head(justice), filled))
                .isInstanceOf(SelfAssessmentException.class);
    }
}
