package vn.ictindex.reporting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.CouncilWork;
import vn.ictindex.appraisal.Compilation;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.NodeStanding;
import vn.ictindex.results.Rankings;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.UnitStanding;
import vn.ictindex.scoring.Appendix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.support.TestUsers.administrator;
import static vn.ictindex.support.TestUsers.councilMember;
import static vn.ictindex.support.TestUsers.specialistOf;

/**
 * The cycle's documents opened as their readers open them: the PDF's text through PDFBox, the DOCX's tables through
 * POI, checked against the snapshots and layers they were written from. The demo's past year is published; the
 * current year is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CycleDocumentsTests {

    static final CurrentUser DEPARTMENT = new CurrentUser(1, "admin", "Trần Thị Quản Trị", Role.ADMIN, null, null,
            true);

    @Autowired
    MockMvc mvc;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    ResultSnapshots snapshots;
    @Autowired
    ResultsVisibility visibility;
    @Autowired
    Rankings rankings;
    @Autowired
    Compilation compilation;
    @Autowired
    ScoreLayers layers;
    @Autowired
    CouncilWork council;
    @Autowired
    vn.ictindex.appraisal.NodeAdjustments adjustments;
    @Autowired
    vn.ictindex.appraisal.CouncilAssignments assignments;

    Period current;
    Period lastYear;
    long justice;
    long health;

    @BeforeEach
    void theDemoProvince() {
        current = periods.current().orElseThrow();
        lastYear = periods.all().stream().filter(p -> p.year() == current.year() - 1).findFirst().orElseThrow();
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
    }

    @Test
    void theDecisionsAppendixRanksEveryGroupAsPublishedWithSharedRanks() throws Exception {
        String url = "/reporting/periods/" + lastYear.id() + "/results-decision";
        String pdf = pdfText(download(url + ".pdf", administrator(), "application/pdf"));
        assertThat(pdf).contains("QUYẾT ĐỊNH", "PHỤ LỤC", "năm " + lastYear.year());

        try (XWPFDocument docx = docx(download(url + ".docx", administrator(), null))) {
            List<String> appendices = snapshots.appendices(lastYear.id());
            List<XWPFTable> rankingTables = bodyTables(docx);
            assertThat(rankingTables).hasSize(appendices.size());
            boolean tie = false;
            for (int g = 0; g < appendices.size(); g++) {
                ResultSnapshot published = visibility.publishedFinal(lastYear.id(), appendices.get(g)).orElseThrow();
                Rankings.GroupRanking ranking = rankings.ranking(published);
                List<List<String>> rows = body(rankingTables.get(g));
                assertThat(rows).hasSize(ranking.rows().size());
                for (int i = 0; i < rows.size(); i++) {
                    Rankings.Row expected = ranking.rows().get(i);
                    assertThat(rows.get(i).get(0)).isEqualTo(String.valueOf(expected.rank()));
                    assertThat(rows.get(i).get(1)).isEqualTo(expected.unitName());
                    assertThat(rows.get(i).get(2)).isEqualTo(CycleDocuments.points(expected.total()));
                    assertThat(pdf).contains(CycleDocuments.points(expected.total()));
                }
                tie |= ranking.hasTie();
            }
            assertThat(tie).as("the demo's third unit of each group ties with the second").isTrue();
        }
    }

    @Test
    void theDecisionIsForTheDepartmentOnly() throws Exception {
        String url = "/reporting/periods/" + lastYear.id() + "/results-decision.pdf";
        mvc.perform(get(url).with(councilMember())).andExpect(status().isNotFound());
        mvc.perform(get(url).with(specialistOf(justice))).andExpect(status().isNotFound());
    }

    @Test
    void theUnitReadsItsPublishedLetterWithItsGroupsAndWhereItLostPoints() throws Exception {
        String appendixId = periods.appendixOf(lastYear.id(), justice).orElseThrow();
        ResultSnapshot published = visibility.publishedFinal(lastYear.id(), appendixId).orElseThrow();
        UnitStanding standing = snapshots.unit(published.id(), justice).orElseThrow();
        Appendix appendix = rankings.appendix(lastYear, appendixId);
        List<NodeStanding> nodes = snapshots.nodes(published.id(), justice);

        String url = "/reporting/periods/" + lastYear.id() + "/units/" + justice + "/results-letter";
        String pdf = pdfText(download(url + ".pdf", specialistOf(justice), "application/pdf"));
        assertThat(pdf).contains("Kính gửi: Sở Tư pháp", CycleDocuments.points(standing.total()),
                standing.classification(), "xếp hạng: " + standing.rank() + "/");

        try (XWPFDocument docx = docx(download(url + ".docx", specialistOf(justice), null))) {
            List<List<String>> groups = body(bodyTables(docx).get(0));
            List<NodeStanding> expectedGroups = nodes.stream().filter(NodeStanding::isGroup).toList();
            assertThat(groups).hasSize(expectedGroups.size() + 1);
            for (int i = 0; i < expectedGroups.size(); i++) {
                assertThat(groups.get(i).get(0)).isEqualTo(appendix.node(expectedGroups.get(i).nodeKey())
                        .orElseThrow().name());
                assertThat(groups.get(i).get(1)).isEqualTo(CycleDocuments.points(expectedGroups.get(i).points()));
            }
            assertThat(groups.get(groups.size() - 1)).containsExactly("Tổng cộng", CycleDocuments.points(standing.total()),
                    CycleDocuments.points(standing.applicableMax()));

            List<NodeStanding> lost = CycleDocuments.lostMost(appendix, nodes);
            assertThat(lost).isNotEmpty();
            List<List<String>> lostRows = body(bodyTables(docx).get(1));
            assertThat(lostRows).extracting(r -> r.get(0)).containsExactlyElementsOf(
                    lost.stream().map(n -> appendix.node(n.nodeKey()).orElseThrow().name()).toList());
            assertThat(lostRows.get(0).get(4)).isEqualTo(lost.get(0).trace());
        }
    }

    @Test
    void lostPointsAreTheLeavesWithTheLargestGapFirst() {
        String appendixId = periods.appendixOf(lastYear.id(), justice).orElseThrow();
        ResultSnapshot published = visibility.publishedFinal(lastYear.id(), appendixId).orElseThrow();
        Appendix appendix = rankings.appendix(lastYear, appendixId);
        List<NodeStanding> lost = CycleDocuments.lostMost(appendix,
                snapshots.nodes(published.id(), justice));
        assertThat(lost).hasSizeLessThanOrEqualTo(CycleDocuments.LOST_POINTS_SHOWN)
                .allMatch(n -> appendix.node(n.nodeKey()).orElseThrow().isLeaf())
                .allMatch(n -> n.maxPoints().compareTo(n.points()) > 0);
        for (int i = 1; i < lost.size(); i++) {
            assertThat(gap(lost.get(i - 1))).isGreaterThanOrEqualTo(gap(lost.get(i)));
        }
    }

    @Test
    void anotherUnitOrUnpublishedResultsGiveNoLetter() throws Exception {
        mvc.perform(get("/reporting/periods/{p}/units/{u}/results-letter.pdf", lastYear.id(), justice)
                .with(specialistOf(health))).andExpect(status().isNotFound());
        mvc.perform(get("/reporting/periods/{p}/units/{u}/results-letter.pdf", current.id(), justice)
                .with(specialistOf(justice))).andExpect(status().isNotFound());
        mvc.perform(get("/reporting/periods/{p}/units/{u}/results-letter.pdf", lastYear.id(), justice)
                .with(administrator())).andExpect(status().isOk());
    }

    @Test
    void theMinutesListTheSessionTheLayersPerGroupAndEveryChangeWithItsReason() throws Exception {
        long appraised = unitWithEntry(lastYear, ScoreLayer.APPRAISED);
        String name = units.find(appraised).orElseThrow().name();
        council.recordSession(DEPARTMENT, lastYear.id(), LocalDate.of(lastYear.year(), 11, 5),
                List.of("Nguyễn Văn Chủ Tịch", "Lê Thị Thành Viên"), List.of(appraised), "Họp tại Sở");
        String url = "/reporting/periods/" + lastYear.id() + "/units/" + appraised + "/council-minutes";

        String pdf = pdfText(download(url + ".pdf", administrator(), "application/pdf"));
        assertThat(pdf).contains("BIÊN BẢN", "05/11/" + lastYear.year(), "Nguyễn Văn Chủ Tịch",
                "Đối chiếu hồ sơ gốc tại phiên thẩm định");

        try (XWPFDocument docx = docx(download(url + ".docx", administrator(), null))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains(name);
            List<List<String>> scores = body(bodyTables(docx).get(0));
            ResultSnapshot published = visibility.publishedFinal(lastYear.id(),
                    periods.appendixOf(lastYear.id(), appraised).orElseThrow()).orElseThrow();
            UnitStanding standing = snapshots.unit(published.id(), appraised).orElseThrow();
            assertThat(scores.get(scores.size() - 1).get(0)).isEqualTo("Tổng cộng");
            assertThat(scores.get(scores.size() - 1).get(5)).isEqualTo(CycleDocuments.points(standing.total()));
            List<List<String>> changes = body(bodyTables(docx).get(1));
            List<LayerEntry> entries = layers.entries(lastYear.id(), appraised);
            assertThat(changes).hasSize(entries.size());
            assertThat(changes).extracting(r -> r.get(4)).containsExactlyElementsOf(
                    entries.stream().map(LayerEntry::reason).toList());
        }
        mvc.perform(get(url + ".pdf").with(specialistOf(appraised))).andExpect(status().isNotFound());
        mvc.perform(get(url + ".pdf").with(councilMember())).andExpect(status().isNotFound());
    }

    @Test
    void thePreliminaryReportShowsSelfAndCompiledTotalsPerGroup() throws Exception {
        String url = "/reporting/periods/" + current.id() + "/preliminary-report";
        String pdf = pdfText(download(url + ".pdf", administrator(), "application/pdf"));
        assertThat(pdf).contains("BÁO CÁO", "Hội đồng thẩm định");
        try (XWPFDocument docx = docx(download(url + ".docx", administrator(), null))) {
            List<String> appendices = snapshots.appendices(current.id());
            List<XWPFTable> groupTables = bodyTables(docx);
            assertThat(groupTables).hasSize(appendices.size());
            for (int g = 0; g < appendices.size(); g++) {
                Compilation.PreliminaryReport report = compilation.preliminary(DEPARTMENT, current.id(),
                        appendices.get(g));
                List<List<String>> rows = body(groupTables.get(g));
                assertThat(rows).hasSize(report.rows().size());
                for (int i = 0; i < rows.size(); i++) {
                    Compilation.ReportRow expected = report.rows().get(i);
                    assertThat(rows.get(i).get(1)).isEqualTo(expected.unit().name());
                    assertThat(rows.get(i).get(2)).isEqualTo(CycleDocuments.points(expected.selfTotal()));
                    assertThat(rows.get(i).get(3)).isEqualTo(CycleDocuments.points(expected.compiledTotal()));
                    assertThat(rows.get(i).get(6)).isEqualTo(expected.rank() == null ? ""
                            : String.valueOf(expected.rank()));
                }
            }
        }
        mvc.perform(get(url + ".pdf").with(councilMember())).andExpect(status().isNotFound());
    }

    @Test
    void theScreensLinkTheirDocuments() throws Exception {
        String appendixId = periods.appendixOf(lastYear.id(), justice).orElseThrow();
        mvc.perform(get("/appraisal/preliminary").param("period", String.valueOf(current.id()))
                        .with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reporting/periods/" + current.id()
                        + "/preliminary-report.docx")));
        mvc.perform(get("/appraisal/periods/{p}/units/{u}", current.id(), justice).with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reporting/periods/" + current.id() + "/units/" + justice
                        + "/council-minutes.pdf")))
                .andExpect(content().string(not(containsString("id=\"appraisal-import\""))));
        mvc.perform(get("/results/{p}/{a}", lastYear.id(), appendixId).with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reporting/periods/" + lastYear.id()
                        + "/results-decision.pdf")));
        mvc.perform(get("/results/{p}/units/{u}", lastYear.id(), justice).with(specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reporting/periods/" + lastYear.id() + "/units/"
                        + justice + "/results-letter.pdf")));
        mvc.perform(get("/results/{p}/units/{u}", lastYear.id(), justice).with(specialistOf(health)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("results-letter.pdf"))));
    }

    @Test
    void anAssignedCouncilMemberFindsTheWorkbookImportButNotTheMinutesOnTheUnitPage() throws Exception {
        String appendixId = periods.appendixOf(current.id(), justice).orElseThrow();
        assignments.assign(DEPARTMENT, current.id(), "hoidong", appendixId,
                rankings.appendix(current, appendixId).groups().get(0).key(), null);
        mvc.perform(get("/appraisal/periods/{p}/units/{u}", current.id(), justice)
                        .with(user(vn.ictindex.appraisal.AppraisalFixture.councilMember())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/council-minutes.pdf"))))
                .andExpect(content().string(containsString("/reporting/appraisal/units/" + justice + "/periods/"
                        + current.id() + "/import")));
    }

    @Test
    void pointsArePrintedTheVietnameseWay() {
        assertThat(CycleDocuments.points(new java.math.BigDecimal("1234.5"))).isEqualTo("1.234,50");
        assertThat(CycleDocuments.points(null)).isEmpty();
    }

    /** Renders each document's first page into docs/screenshots when asked (-Ddocuments.screenshots=true). */
    @Test
    void firstPagesForTheDocumentation() throws Exception {
        if (!Boolean.getBoolean("documents.screenshots")) {
            return;
        }
        long appraised = unitWithEntry(lastYear, ScoreLayer.APPRAISED);
        council.recordSession(DEPARTMENT, lastYear.id(), LocalDate.of(lastYear.year(), 11, 5),
                List.of("Nguyễn Văn Chủ Tịch", "Lê Thị Thành Viên"), List.of(appraised), "Họp tại Sở");
        Map<String, String> documents = Map.of(
                "doc-preliminary-report", "/reporting/periods/" + lastYear.id() + "/preliminary-report.pdf",
                "doc-council-minutes", "/reporting/periods/" + lastYear.id() + "/units/" + appraised
                        + "/council-minutes.pdf",
                "doc-results-decision", "/reporting/periods/" + lastYear.id() + "/results-decision.pdf",
                "doc-results-letter", "/reporting/periods/" + lastYear.id() + "/units/" + justice
                        + "/results-letter.pdf");
        Path dir = Path.of("docs/screenshots");
        for (Map.Entry<String, String> e : documents.entrySet()) {
            Path pdf = Files.createTempFile(e.getKey(), ".pdf");
            Files.write(pdf, download(e.getValue(), administrator(), "application/pdf"));
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-singlefile", pdf.toString(),
                    dir.resolve(e.getKey()).toString()).inheritIO().start();
            assertThat(p.waitFor()).isZero();
        }
    }

    private long unitWithEntry(Period period, ScoreLayer layer) {
        return periods.participants(period.id()).keySet().stream()
                .filter(u -> layers.entries(period.id(), u).stream().anyMatch(e -> e.layer() == layer))
                .findFirst().orElseThrow();
    }

    private static java.math.BigDecimal gap(NodeStanding n) {
        return n.maxPoints().subtract(n.points());
    }

    private byte[] download(String url, RequestPostProcessor who, String type) throws Exception {
        var result = mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        if (type != null) {
            result.andExpect(header().string("Content-Type", type));
        }
        return result.andReturn().getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The document's own tables, without the layout tables of the header (first) and the signature (last). */
    private static List<XWPFTable> bodyTables(XWPFDocument docx) {
        return docx.getTables().subList(1, docx.getTables().size() - 1);
    }

    /** The table's rows after its single header row, as cell texts. */
    private static List<List<String>> body(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
        return rows;
    }
}
