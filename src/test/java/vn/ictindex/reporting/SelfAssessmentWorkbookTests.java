package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitResult;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.assessment.SelfAssessmentFixture.everyFigureOfABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** Excel out (a): a unit's self-assessment table in the appendix layout, opened again with POI. */
@SpringBootTest
@Transactional
class SelfAssessmentWorkbookTests {

    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Quản trị", Role.ADMIN, null, null, true);
    static final CurrentUser VIEWER = new CurrentUser(5, "lanhdao", "Lãnh đạo", Role.VIEWER, null, null, true);

    @Autowired
    UnitScoreTables tables;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    ScoreLayers layers;
    @Autowired
    Periods periods;
    @Autowired
    Units units;

    long justice;
    long health;
    Period period;

    @BeforeEach
    void justiceFilledEverythingAndTheDepartmentCorrectedOneFigure() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        assessments.save(specialist(justice), period.id(), 0,
                everyFigureOfABestUnit(assessments.workspace(specialist(justice))));
        layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_with_pc", "B1", "40",
                "Sổ tài sản chỉ ghi 40 máy tính", null);
    }

    private UnitResult engine(ScoreLayer layer) {
        String appendix = periods.appendixOf(period.id(), justice).orElseThrow();
        ScoreLayers.GroupInputs group = layers.groupInputs(period.id(), appendix, layer);
        return ScoringEngine.score(group.appendix(), group.inputs()).unit(String.valueOf(justice)).orElseThrow();
    }

    private static Row rowOf(XSSFSheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(SelfAssessmentWorkbook.COL_NAME);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void theTableShowsTheTreeWithNumericPointsPerLayerAndTotalsEqualToTheEngine() throws IOException {
        UnitScoreTable table = tables.table(ADMIN, period.id(), justice);
        try (XSSFWorkbook workbook = Workbooks.open(SelfAssessmentWorkbook.write(table))) {
            XSSFSheet sheet = workbook.getSheet(SelfAssessmentWorkbook.SHEET);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị: Sở Tư pháp (BT-STP)");
            assertThat(sheet.getRow(5).getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER + 2).getStringCellValue())
                    .isEqualTo("Hội đồng thẩm định");

            UnitScoreTable.Row b1 = table.rows().stream().filter(r -> r.key().equals("B1")).findFirst().orElseThrow();
            Row line = rowOf(sheet, b1.name());
            Cell self = line.getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER);
            Cell compiled = line.getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER + 1);
            assertThat(self.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(self.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(BigDecimal.valueOf(self.getNumericCellValue()))
                    .isEqualByComparingTo(engine(ScoreLayer.SELF).node("B1").orElseThrow().points());
            assertThat(BigDecimal.valueOf(compiled.getNumericCellValue()))
                    .isEqualByComparingTo(engine(ScoreLayer.COMPILED).node("B1").orElseThrow().points());
            assertThat(line.getCell(SelfAssessmentWorkbook.COL_NOTES).getStringCellValue())
                    .contains("Sở tổng hợp: Sổ tài sản chỉ ghi 40 máy tính");
            assertThat(line.getCell(SelfAssessmentWorkbook.COL_NAME).getCellStyle().getIndention()).isPositive();

            Row total = rowOf(sheet, "TỔNG ĐIỂM");
            for (ScoreLayer layer : ScoreLayer.values()) {
                assertThat(BigDecimal.valueOf(total.getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER + layer.ordinal())
                        .getNumericCellValue())).isEqualByComparingTo(engine(layer).total());
            }
            assertThat(total.getCell(SelfAssessmentWorkbook.COL_MAX).getNumericCellValue()).isEqualTo(500.0);
            assertThat(rowOf(sheet, "Xếp loại").getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER).getStringCellValue())
                    .isEqualTo(engine(ScoreLayer.SELF).classificationLabel());
        }
    }

    @Test
    void groupRowsAreBoldAndMergedAcrossTheTextColumnsAndThePageIsSetUpForPrinting() throws IOException {
        UnitScoreTable table = tables.table(ADMIN, period.id(), justice);
        try (XSSFWorkbook workbook = Workbooks.open(SelfAssessmentWorkbook.write(table))) {
            XSSFSheet sheet = workbook.getSheet(SelfAssessmentWorkbook.SHEET);
            UnitScoreTable.Row group = table.rows().get(0);
            assertThat(group.group()).isTrue();
            Row line = sheet.getRow(SelfAssessmentWorkbook.FIRST_ROW);
            assertThat(line.getCell(SelfAssessmentWorkbook.COL_NUMBER).getStringCellValue()).isEqualTo("I");
            assertThat(workbook.getFontAt(line.getCell(SelfAssessmentWorkbook.COL_NAME).getCellStyle().getFontIndex())
                    .getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(
                    new CellRangeAddress(SelfAssessmentWorkbook.FIRST_ROW, SelfAssessmentWorkbook.FIRST_ROW,
                            SelfAssessmentWorkbook.COL_EVIDENCE, SelfAssessmentWorkbook.COL_NOTES),
                    new CellRangeAddress(4, 4, SelfAssessmentWorkbook.COL_FIRST_LAYER,
                            SelfAssessmentWorkbook.COL_FIRST_LAYER + 3));
            assertThat(sheet.getRow(SelfAssessmentWorkbook.FIRST_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("1");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                    .isEqualTo((short) SelfAssessmentWorkbook.FIRST_ROW);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(4);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(5);
            assertThat(sheet.getColumnWidth(SelfAssessmentWorkbook.COL_NAME)).isGreaterThan(40 * 256);
        }
    }

    @Test
    void theAgencySeesItsSelfScoreOnlyAndNoRank() throws IOException {
        UnitScoreTable table = tables.table(specialist(justice), period.id(), justice);

        assertThat(table.layers()).containsExactly(ScoreLayer.SELF);
        assertThat(table.totals()).containsOnlyKeys(ScoreLayer.SELF);
        assertThat(table.totals().get(ScoreLayer.SELF).rank()).isNull();
        try (XSSFWorkbook workbook = Workbooks.open(SelfAssessmentWorkbook.write(table))) {
            Row total = rowOf(workbook.getSheet(SelfAssessmentWorkbook.SHEET), "TỔNG ĐIỂM");
            assertThat(total.getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER).getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(SelfAssessmentWorkbook.COL_FIRST_LAYER + 1).getCellType())
                    .isEqualTo(CellType.BLANK);
        }
        assertThat(table.rows()).noneSatisfy(r -> assertThat(r.notes()).contains("Sổ tài sản"));
    }

    @Test
    void anotherUnitsPeopleAndViewersDoNotGetTheTable() {
        assertThatThrownBy(() -> tables.table(specialist(health), period.id(), justice))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> tables.table(VIEWER, period.id(), justice))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(tables.table(new CurrentUser(3, "hoidong", "Hội đồng", Role.COUNCIL, null, null, true),
                period.id(), justice).layers()).hasSize(4);
    }
}
