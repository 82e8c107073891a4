package vn.ictindex.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý of one round, ready to be written as a document: the header
 * counts and one row per comment, in the order of the commenting parties and then of the draft.
 *
 * @param agreed     the parties that answered "Thống nhất, không có ý kiến"
 * @param notAnswered the parties that did not answer, counted as agreeing as the cover letter says
 */
public record SynthesisTable(Consultation consultation, String draftTitle, LocalDate preparedOn, Counts counts,
                             List<Row> rows, List<String> agreed, List<String> notAnswered) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static final String TITLE = "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý";

    /** The column headings, numbered (1)…(6) under them as administrative tables are. */
    public static final List<String> COLUMNS = List.of("STT", "Cơ quan, đơn vị góp ý (số, ngày văn bản)",
            "Phụ lục, tiêu chí", "Nội dung góp ý", "Tiếp thu, giải trình của cơ quan soạn thảo",
            "Nội dung chỉnh sửa trong dự thảo");

    /**
     * @param consulted  units and council members the round was sent to
     * @param answered   those that commented or agreed without comment
     * @param commented  those with at least one comment
     * @param agreed     those that agreed without comment
     * @param notAnswered those that did not answer (treated as agreement)
     * @param comments   the number of comments
     */
    public record Counts(int consulted, int answered, int commented, int agreed, int notAnswered, int comments) {
    }

    /** One comment and the department's answer, as the table's six columns say it. */
    public record Row(int number, String party, String target, String comment, String answer, String change) {
    }

    /** The sub-title: which draft, which round, which deadline. */
    public String subtitle() {
        return "Dự thảo: " + draftTitle + " (" + consultation.draftId() + ")";
    }

    public String roundLine() {
        return "Đợt lấy ý kiến: " + consultation.title() + "; hạn góp ý " + consultation.deadline().format(DAY)
                + "; tổng hợp ngày " + preparedOn.format(DAY);
    }

    /** The three header sentences with the counts. */
    public List<String> countLines() {
        return List.of(
                "Số cơ quan, đơn vị và thành viên Hội đồng thẩm định được lấy ý kiến: " + counts.consulted() + ".",
                "Số nơi đã trả lời: " + counts.answered() + ", trong đó " + counts.commented() + " nơi có "
                        + counts.comments() + " ý kiến góp ý và " + counts.agreed()
                        + " nơi thống nhất, không có ý kiến.",
                "Số nơi không trả lời: " + counts.notAnswered()
                        + " (xem như thống nhất với dự thảo, theo văn bản lấy ý kiến).");
    }
}
