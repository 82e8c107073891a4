package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ictindex.criteria.CriteriaFixtures;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.ReferenceUnitsFixture;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.NodeStatus;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitInputs;
import vn.ictindex.scoring.UnitResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-period workbook (c) and the ranking table (b), fed from engine results and opened again with POI. */
class PeriodWorkbookTests {

    static final String[] NAMES = {"Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ",
            "Ủy ban nhân dân huyện Hàm Thuận Bắc", "Sở Tài nguyên và Môi trường", "Thanh tra tỉnh",
            "Ban Quản lý các khu công nghiệp", "Sở Lao động – Thương binh và Xã hội", "Đài Phát thanh – Truyền hình"};

    static Appendix first;
    static Appendix second;
    static GroupResult firstResult;
    static GroupResult secondResult;
    static Map<String, GroupScores.UnitLabel> labels = new HashMap<>();

    @BeforeAll
    static void twoTargetGroupsScoredByTheEngine() {
        CriteriaVersion version = CriteriaFormat.read("bt-udcntt-2019.yaml",
                CriteriaFixtures.text("criteria-sets/bt-udcntt-2019.yaml"));
        first = version.appendix("PL-I").orElseThrow();
        second = version.appendix("PL-II").orElseThrow();
        firstResult = ScoringEngine.score(first, named(ReferenceUnitsFixture.realisticUnits(first, 24, 7), "I"));
        secondResult = ScoringEngine.score(second, named(ReferenceUnitsFixture.realisticUnits(second, 12, 8), "II"));
    }

    private static List<UnitInputs> named(List<UnitInputs> units, String prefix) {
        List<UnitInputs> named = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitInputs u = units.get(i);
            String id = prefix + "-" + i;
            labels.put(id, new GroupScores.UnitLabel("DV-" + id, NAMES[i % NAMES.length] + " " + (i + 1)));
            named.add(new UnitInputs(id, u.inputs(), u.notApplicable(), u.manualPoints()));
        }
        return named;
    }

    private static byte[] write(boolean detail, int[] progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeriodWorkbook.write("BẢNG TỔNG HỢP ĐIỂM NĂM 2026", List.of(GroupScores.of(first, firstResult, labels),
                GroupScores.of(second, secondResult, labels)), detail, out, (done, of) -> {
            progress[0] = done;
            progress[1] = of;
        });
        return out.toByteArray();
    }

    @Test
    void theSummaryRanksEveryGroupUnderAMergedGroupRowWithTheEnginesTotals() throws IOException {
        int[] progress = new int[2];
        try (XSSFWorkbook workbook = Workbooks.open(write(true, progress))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(PeriodWorkbook.SUMMARY_SHEET);
            XSSFSheet summary = workbook.getSheet(PeriodWorkbook.SUMMARY_SHEET);
            assertThat(summary.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo(first.title() + " – " + first.targetGroup().name());
            assertThat(summary.getMergedRegions()).contains(new CellRangeAddress(3, 3, 0, 6));
            List<UnitResult> ranking = firstResult.ranking();
            for (int i = 0; i < ranking.size(); i++) {
                Row row = summary.getRow(4 + i);
                UnitResult unit = ranking.get(i);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(labels.get(unit.unitId()).name());
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())).isEqualByComparingTo(unit.total());
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(unit.rank().doubleValue());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(unit.classificationLabel());
            }
            int secondGroupRow = 4 + ranking.size();
            assertThat(summary.getRow(secondGroupRow).getCell(0).getStringCellValue()).startsWith(second.title());
            assertThat(summary.getLastRowNum()).isEqualTo(secondGroupRow + secondResult.units().size());
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(progress).containsExactly(36, 36);
        }
    }

    @Test
    void eachAppendixSheetHasEveryUnitTimesEveryNodeWithTheEnginesPoints() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(write(true, new int[2]))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet sheet = workbook.getSheet("PL-I");
            List<vn.ictindex.scoring.CriterionNode> nodes = first.allNodes();
            Row numbers = sheet.getRow(1);
            Row names = sheet.getRow(2);
            Row maxima = sheet.getRow(3);
            assertThat(numbers.getCell(PeriodWorkbook.DETAIL_FIXED).getStringCellValue()).isEqualTo("I");
            assertThat(names.getCell(PeriodWorkbook.DETAIL_FIXED).getStringCellValue()).isEqualTo(nodes.get(0).name());
            assertThat(BigDecimal.valueOf(maxima.getCell(PeriodWorkbook.DETAIL_FIXED).getNumericCellValue()))
                    .isEqualByComparingTo(nodes.get(0).maxPoints());
            boolean sawNotApplicable = false;
            List<UnitResult> ranking = firstResult.ranking();
            for (int i = 0; i < ranking.size(); i++) {
                Row row = sheet.getRow(PeriodWorkbook.DETAIL_FIRST_ROW + i);
                UnitResult unit = ranking.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(labels.get(unit.unitId()).code());
                for (int c = 0; c < nodes.size(); c++) {
                    NodeResult node = unit.node(nodes.get(c).key()).orElseThrow();
                    var cell = row.getCell(PeriodWorkbook.DETAIL_FIXED + c);
                    if (node.status() == NodeStatus.NOT_APPLICABLE) {
                        sawNotApplicable = true;
                        assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
                    } else {
                        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                                .as("%s %s", unit.unitId(), node.key()).isEqualByComparingTo(node.points());
                    }
                }
                assertThat(BigDecimal.valueOf(row.getCell(PeriodWorkbook.DETAIL_FIXED + nodes.size())
                        .getNumericCellValue())).isEqualByComparingTo(unit.total());
            }
            assertThat(sawNotApplicable).as("the fixture has units without administrative procedures").isTrue();
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn())
                    .isEqualTo((short) PeriodWorkbook.DETAIL_FIXED);
        }
    }

    @Test
    void theRankingTableAloneHasOnlyTheSummarySheet() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(write(false, new int[2]))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BẢNG TỔNG HỢP ĐIỂM NĂM 2026");
        }
    }
}
