package vn.ictindex.reporting;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.Compilation;
import vn.ictindex.appraisal.CouncilSession;
import vn.ictindex.appraisal.CouncilWork;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.LayerScores;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.document.AdministrativeDocument;
import vn.ictindex.document.Block;
import vn.ictindex.document.DocumentSettings;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.NodeStanding;
import vn.ictindex.results.Rankings;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.SnapshotKind;
import vn.ictindex.results.UnitStanding;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of an evaluation cycle (issue 5 §3) as {@link AdministrativeDocument}s, written to PDF or DOCX by the
 * document module: the department's preliminary report to the council, the council's minutes for a unit, the draft
 * results decision with its ranking appendix, and the results letter to one unit. Numbers are printed the Vietnamese
 * way whatever the language of the screen (the documents are Vietnamese); totals and ranks come as stored in the
 * snapshots, never recomputed here.
 */
@Service
public class CycleDocuments {

    /** How many criteria the letter names where the unit lost most points. */
    static final int LOST_POINTS_SHOWN = 5;

    private final DocumentSettings settings;
    private final Compilation compilation;
    private final LayerScores layerScores;
    private final CouncilWork council;
    private final ResultSnapshots snapshots;
    private final ResultsVisibility visibility;
    private final Rankings rankings;
    private final Periods periods;
    private final Units units;

    CycleDocuments(DocumentSettings settings, Compilation compilation, LayerScores layerScores, CouncilWork council,
                   ResultSnapshots snapshots, ResultsVisibility visibility, Rankings rankings, Periods periods,
                   Units units) {
        this.settings = settings;
        this.compilation = compilation;
        this.layerScores = layerScores;
        this.council = council;
        this.snapshots = snapshots;
        this.visibility = visibility;
        this.rankings = rankings;
        this.periods = periods;
        this.units = units;
    }

    /** The department's report of the compiled scores of every target group, sent to the council before appraisal. */
    public AdministrativeDocument preliminaryReport(CurrentUser user, long periodId) {
        requireAdmin(user);
        Period period = period(periodId);
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("Thực hiện kế hoạch đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm "
                + period.year() + ", " + settings.department() + " đã tổng hợp số liệu tự đánh giá của các cơ "
                + "quan, đơn vị và báo cáo Hội đồng thẩm định kết quả sơ "
                + "bộ như sau (điểm tự chấm và điểm Sở tổng hợp, xếp loại và thứ hạng tạm tính)."));
        int section = 1;
        for (String appendixId : snapshots.appendices(periodId)) {
            Appendix appendix = rankings.appendix(period, appendixId);
            Compilation.PreliminaryReport report = compilation.preliminary(user, periodId, appendixId);
            body.add(new Block.Heading(roman(section++) + ". " + appendix.targetGroup().name().toUpperCase(VI)
                    + " (" + appendixId + ")", 1));
            List<Block.Row> rows = new ArrayList<>();
            int n = 1;
            for (Compilation.ReportRow r : report.rows()) {
                rows.add(Block.Row.of(String.valueOf(n++), r.unit().name(), points(r.selfTotal()),
                        points(r.compiledTotal()), points(r.difference()), text(r.classification()),
                        r.rank() == null ? "" : String.valueOf(r.rank())));
            }
            body.add(new Block.Table(List.of(Block.Row.of("STT", "Cơ quan, đơn vị", "Tự chấm", "Sở tổng hợp",
                    "Chênh lệch", "Xếp loại", "Hạng tạm tính")), rows, List.of(1, 7, 2, 2, 2, 2, 2),
                    Set.of(2, 3, 4, 6), false));
        }
        body.add(Block.Paragraph.of("Kính đề nghị Hội đồng thẩm định xem xét, thẩm định./."));
        return settings.document("report", "", null,
                        "Kết quả tổng hợp sơ bộ mức độ ứng dụng công nghệ thông tin năm " + period.year())
                .withBody(body)
                .withRecipients(List.of("Hội đồng thẩm định;", "Lưu: VT, CNTT."));
    }

    /**
     * The council's minutes of its appraisal of one unit: sessions, scores by layer per criteria group, changes. The
     * department prepares them; a council member may be assigned only some criteria groups, so not council members.
     */
    public AdministrativeDocument councilMinutes(CurrentUser user, long periodId, long unitId) {
        requireAdmin(user);
        Period period = period(periodId);
        Unit unit = unit(unitId);
        if (periods.appendixOf(periodId, unitId).isEmpty()) {
            throw new ReportNotFoundException("Đơn vị không tham gia kỳ đánh giá này");
        }
        LayerScores.UnitLayers layers = layerScores.forUnit(periodId, unitId);
        List<CouncilSession> sessions = council.sessions(periodId).stream()
                .filter(s -> s.unitIds().contains(unitId)).toList();
        List<Block> body = new ArrayList<>();
        if (sessions.isEmpty()) {
            body.add(Block.Paragraph.of("Hội đồng thẩm định kết quả tự đánh giá mức độ ứng dụng công nghệ thông tin "
                    + "năm " + period.year() + " của " + unit.name() + ". Chưa ghi nhận phiên họp nào của Hội đồng "
                    + "về đơn vị này."));
        } else {
            for (CouncilSession s : sessions) {
                body.add(Block.Paragraph.of(Block.Text.plain("Phiên họp ngày " + date(s.heldOn())
                        + ". Thành phần: "), Block.Text.plain(String.join(", ", s.members()) + ".")));
                if (s.notes() != null && !s.notes().isBlank()) {
                    body.add(Block.Paragraph.of(Block.Text.italic(s.notes().strip())));
                }
            }
        }
        body.add(new Block.Heading("I. ĐIỂM THEO NHÓM TIÊU CHÍ", 1));
        List<Block.Row> rows = new ArrayList<>();
        for (CriterionNode group : layers.appendix().groups()) {
            rows.add(Block.Row.of(group.name(), points(group.maxPoints()),
                    points(points(layers.result(ScoreLayer.SELF), group.key())),
                    points(points(layers.result(ScoreLayer.COMPILED), group.key())),
                    points(points(layers.result(ScoreLayer.APPRAISED), group.key())),
                    points(points(layers.result(ScoreLayer.FINAL), group.key()))));
        }
        rows.add(Block.Row.bold("Tổng cộng", points(layers.appendix().totalPoints()),
                points(layers.result(ScoreLayer.SELF).total()),
                points(layers.result(ScoreLayer.COMPILED).total()),
                points(layers.result(ScoreLayer.APPRAISED).total()),
                points(layers.result(ScoreLayer.FINAL).total())));
        body.add(new Block.Table(List.of(Block.Row.of("Nhóm tiêu chí", "Tối đa", "Tự chấm", "Sở tổng hợp",
                "Hội đồng thẩm định", "Cuối cùng")), rows, List.of(8, 2, 2, 2, 2, 2), Set.of(1, 2, 3, 4, 5), false));
        body.add(new Block.Heading("II. CÁC NỘI DUNG ĐIỀU CHỈNH", 1));
        List<LayerEntry> entries = layers.entries();
        if (entries.isEmpty()) {
            body.add(Block.Paragraph.of("Không có nội dung nào được điều chỉnh so với số liệu tự đánh giá."));
        } else {
            List<Block.Row> changes = new ArrayList<>();
            int n = 1;
            for (LayerEntry e : entries) {
                String node = layers.appendix().node(e.nodeKey()).map(CriterionNode::name).orElse(e.nodeKey());
                changes.add(Block.Row.of(String.valueOf(n++), layerName(e.layer()), node, text(e.valueText()),
                        text(e.reason()), text(e.setBy())));
            }
            body.add(new Block.Table(List.of(Block.Row.of("STT", "Lớp", "Tiêu chí", "Giá trị", "Lý do",
                    "Người ghi")), changes, List.of(1, 2, 5, 2, 5, 2), Set.of(), false));
        }
        body.add(Block.Paragraph.of("Biên bản được lập và thông qua tại phiên họp./."));
        LocalDate held = sessions.isEmpty() ? null : sessions.get(0).heldOn();
        return settings.document("minutes", "", held, "Thẩm định kết quả đánh giá mức độ ứng dụng công nghệ thông "
                        + "tin năm " + period.year() + " của " + unit.name())
                .withBody(body)
                .withRecipients(List.of(unit.name() + ";", settings.department() + ";", "Lưu: HĐTĐ."));
    }

    /**
     * The draft decision announcing the results, with the ranking of every target group as its appendix, from each
     * group's published final snapshot, or the latest final one while none is published.
     */
    public AdministrativeDocument resultsDecision(CurrentUser user, long periodId) {
        requireAdmin(user);
        Period period = period(periodId);
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("Căn cứ kết quả thẩm định của Hội đồng thẩm định và đề nghị của Giám đốc "
                + settings.department() + ","));
        body.add(new Block.Paragraph(List.of(Block.Text.bold("QUYẾT ĐỊNH:")), Block.Align.CENTRE));
        body.add(Block.Paragraph.of(Block.Text.bold("Điều 1. "), Block.Text.plain("Công bố kết quả đánh giá, xếp "
                + "hạng mức độ ứng dụng công nghệ thông tin năm " + period.year() + " của các cơ quan, đơn vị "
                + "(chi tiết tại Phụ lục kèm theo).")));
        body.add(Block.Paragraph.of(Block.Text.bold("Điều 2. "), Block.Text.plain("Quyết định này có hiệu lực kể "
                + "từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc " + settings.department() + " và thủ trưởng các "
                + "cơ quan, đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")));
        boolean any = false;
        for (String appendixId : snapshots.appendices(periodId)) {
            Optional<ResultSnapshot> snapshot = finalSnapshot(periodId, appendixId);
            if (snapshot.isEmpty()) {
                continue;
            }
            if (!any) {
                body.add(new Block.PageBreak());
                body.add(Block.Paragraph.centred("PHỤ LỤC: KẾT QUẢ XẾP HẠNG MỨC ĐỘ ỨNG DỤNG CNTT NĂM "
                        + period.year()));
                any = true;
            }
            Rankings.GroupRanking ranking = rankings.ranking(snapshot.get());
            body.add(new Block.Heading(ranking.appendix().targetGroup().name().toUpperCase(VI) + " ("
                    + appendixId + ")", 2));
            List<Block.Row> rows = new ArrayList<>();
            for (Rankings.Row r : ranking.rows()) {
                rows.add(Block.Row.of(r.rank() == null ? "" : String.valueOf(r.rank()), r.unitName(),
                        points(r.total()), points(r.applicableMax()), points(r.percent()),
                        text(r.classification())));
            }
            body.add(new Block.Table(List.of(Block.Row.of("Hạng", "Cơ quan, đơn vị", "Tổng điểm", "Điểm tối đa",
                    "Tỷ lệ (%)", "Xếp loại")), rows, List.of(1, 8, 2, 2, 2, 3), Set.of(0, 2, 3, 4), false));
        }
        if (!any) {
            throw new ReportNotFoundException("Chưa có kết quả cuối cùng nào được tính cho kỳ " + period.year());
        }
        return settings.document("decision", "", null, "Về việc công bố kết quả đánh giá, xếp hạng mức độ ứng "
                        + "dụng công nghệ thông tin năm " + period.year())
                .withBody(body)
                .withRecipients(List.of("Như Điều 2;", "Chủ tịch, các PCT UBND tỉnh;", "Lưu: VT, KGVX."));
    }

    /**
     * The department's letter to one unit with its results: total, rank and class, points per criteria group, and
     * the criteria where it lost most points with the trace of how they were scored. The unit itself may have it once
     * its group's results are published; the department at any time from the latest final snapshot.
     */
    public AdministrativeDocument resultsLetter(CurrentUser user, long periodId, long unitId) {
        Period period = period(periodId);
        Unit unit = unit(unitId);
        String appendixId = periods.appendixOf(periodId, unitId)
                .orElseThrow(() -> new ReportNotFoundException("Đơn vị không tham gia kỳ đánh giá này"));
        Optional<ResultSnapshot> snapshot;
        if (user.role() == Role.ADMIN) {
            snapshot = finalSnapshot(periodId, appendixId);
        } else if (user.belongsTo(unitId)) {
            snapshot = visibility.publishedFinal(periodId, appendixId);
        } else {
            throw new ReportNotFoundException("Không có công văn kết quả này");
        }
        ResultSnapshot s = snapshot.orElseThrow(() ->
                new ReportNotFoundException("Kết quả cuối cùng của đơn vị chưa có hoặc chưa được công bố"));
        UnitStanding standing = snapshots.unit(s.id(), unitId)
                .orElseThrow(() -> new ReportNotFoundException("Đơn vị không có trong kết quả"));
        Appendix appendix = rankings.appendix(period, appendixId);
        int groupSize = snapshots.units(s.id()).size();
        List<NodeStanding> nodes = snapshots.nodes(s.id(), unitId);

        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("Kính gửi: " + unit.name() + "."));
        body.add(Block.Paragraph.of(settings.department() + " thông báo kết quả đánh giá mức độ ứng dụng công "
                + "nghệ thông tin năm " + period.year() + " của " + unit.name() + " như sau:"));
        body.add(Block.Paragraph.of(Block.Text.plain("Tổng điểm: "), Block.Text.bold(points(standing.total())
                + "/" + points(standing.applicableMax())), Block.Text.plain("; xếp loại: "),
                Block.Text.bold(standing.classification() == null ? "không xếp loại" : standing.classification()),
                Block.Text.plain("; xếp hạng: "), Block.Text.bold(standing.rank() == null ? "không xếp hạng"
                        : standing.rank() + "/" + groupSize), Block.Text.plain(" trong " + appendix.targetGroup()
                        .name().toLowerCase(VI) + ".")));
        body.add(new Block.Heading("1. Điểm theo nhóm tiêu chí", 2));
        List<Block.Row> groupRows = new ArrayList<>();
        for (NodeStanding n : nodes) {
            if (n.isGroup()) {
                groupRows.add(Block.Row.of(nodeName(appendix, n.nodeKey()), points(n.points()),
                        points(n.maxPoints())));
            }
        }
        groupRows.add(Block.Row.bold("Tổng cộng", points(standing.total()),
                points(standing.applicableMax())));
        body.add(new Block.Table(List.of(Block.Row.of("Nhóm tiêu chí", "Điểm đạt", "Điểm tối đa")), groupRows,
                List.of(8, 2, 2), Set.of(1, 2), false));
        body.add(new Block.Heading("2. Các tiêu chí bị trừ nhiều điểm nhất", 2));
        List<Block.Row> lostRows = new ArrayList<>();
        for (NodeStanding n : lostMost(appendix, nodes)) {
            lostRows.add(Block.Row.of(nodeName(appendix, n.nodeKey()), points(n.points()),
                    points(n.maxPoints()), points(gap(n)), text(n.trace())));
        }
        if (lostRows.isEmpty()) {
            body.add(Block.Paragraph.of("Đơn vị đạt điểm tối đa ở mọi tiêu chí."));
        } else {
            body.add(new Block.Table(List.of(Block.Row.of("Tiêu chí", "Điểm đạt", "Tối đa", "Bị trừ",
                    "Cách tính")), lostRows, List.of(5, 2, 2, 2, 7), Set.of(1, 2, 3), false));
        }
        body.add(Block.Paragraph.of("Đề nghị " + unit.name() + " nghiên cứu, có giải pháp nâng cao mức độ ứng dụng "
                + "công nghệ thông tin trong thời gian tới./."));
        return settings.document("letter", "", null, "V/v thông báo kết quả đánh giá mức độ ứng dụng CNTT năm "
                        + period.year())
                .withBody(body)
                .withRecipients(List.of("Như trên;", "Lưu: VT, CNTT."));
    }

    /** Leaves with points below their maximum, largest gap first; ties in document order. */
    static List<NodeStanding> lostMost(Appendix appendix, List<NodeStanding> nodes) {
        return nodes.stream()
                .filter(n -> appendix.node(n.nodeKey()).map(CriterionNode::isLeaf).orElse(false))
                .filter(n -> gap(n) != null && gap(n).signum() > 0)
                .sorted(Comparator.comparing(CycleDocuments::gap).reversed()
                        .thenComparing(NodeStanding::order))
                .limit(LOST_POINTS_SHOWN).toList();
    }

    private static BigDecimal gap(NodeStanding n) {
        return n.maxPoints() == null || n.points() == null ? null : n.maxPoints().subtract(n.points());
    }

    /** The published final snapshot of a group, else the latest final one. */
    Optional<ResultSnapshot> finalSnapshot(long periodId, String appendixId) {
        return visibility.publishedFinal(periodId, appendixId)
                .or(() -> snapshots.latest(periodId, appendixId, SnapshotKind.FINAL));
    }

    /** 1.234,50: two decimals, decimal comma, a dot between thousands; blank for no value. */
    static String points(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0.00", symbols).format(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static BigDecimal points(UnitResult result, String key) {
        return result == null ? null : result.node(key).map(NodeResult::points).orElse(null);
    }

    private static String nodeName(Appendix appendix, String key) {
        return appendix.node(key).map(CriterionNode::name).orElse(key);
    }

    private static String layerName(ScoreLayer layer) {
        return switch (layer) {
            case SELF -> "Tự chấm";
            case COMPILED -> "Sở tổng hợp";
            case APPRAISED -> "Hội đồng";
            case FINAL -> "Cuối cùng";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private Period period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
    }

    private Unit unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new ReportNotFoundException("Không có đơn vị này"));
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new ReportNotFoundException("Chỉ Sở TTTT tải được văn bản này");
        }
    }

    private static String roman(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
    }

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");
}
