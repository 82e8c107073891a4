package vn.ictindex.consultation;

import vn.ictindex.document.AdministrativeDocument;
import vn.ictindex.document.Block;
import vn.ictindex.document.DocumentSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The synthesis table as an administrative document (DOCX for the department to edit before it goes with the Tờ
 * trình): the province's header, the table's title, the draft and the header counts, the six-column table on landscape
 * pages, the parties that agreed or did not answer, and the signature block.
 */
public final class SynthesisDocument {

    /** Relative widths of the six columns: STT, party, criterion, comment, answer, change. */
    static final List<Integer> WIDTHS = List.of(1, 4, 3, 6, 6, 5);

    private SynthesisDocument() {
    }

    public static AdministrativeDocument of(SynthesisTable table, DocumentSettings settings) {
        AdministrativeDocument base = settings.document("report", "", table.preparedOn(), SynthesisTable.TITLE);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(List.of(Block.Text.italic(table.subtitle())), Block.Align.CENTRE));
        body.add(Block.Paragraph.of(table.roundLine() + "."));
        table.countLines().forEach(line -> body.add(Block.Paragraph.of(line)));

        List<Block.Row> rows = new ArrayList<>();
        for (SynthesisTable.Row r : table.rows()) {
            rows.add(Block.Row.of(String.valueOf(r.number()), r.party(), r.target(), r.comment(), r.answer(),
                    r.change()));
        }
        if (rows.isEmpty()) {
            rows.add(Block.Row.of(Block.Cell.of(""), Block.Cell.spanning("Không có ý kiến góp ý", 5)));
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= SynthesisTable.COLUMNS.size(); i++) {
            numbers.add("(" + i + ")");
        }
        body.add(new Block.Table(List.of(Block.Row.bold(SynthesisTable.COLUMNS.toArray(String[]::new)),
                Block.Row.of(numbers.toArray(String[]::new))), rows, WIDTHS, Set.of(), true));

        body.add(Block.Paragraph.of(Block.Text.bold("Thống nhất, không có ý kiến (" + table.agreed().size() + "): "),
                Block.Text.plain(table.agreed().isEmpty() ? "không có." : String.join("; ", table.agreed()) + ".")));
        body.add(Block.Paragraph.of(Block.Text.bold("Không trả lời, xem như thống nhất (" + table.notAnswered().size()
                        + "): "),
                Block.Text.plain(table.notAnswered().isEmpty() ? "không có."
                        : String.join("; ", table.notAnswered()) + ".")));
        return new AdministrativeDocument(base.parentBody(), base.issuingBody(), base.number(), base.place(),
                base.date(), "", base.title(), body, List.of("Lưu: VT, CNTT."), base.signature());
    }
}
