package vn.ictindex.criteria.web;

import vn.ictindex.criteria.VersionDiff;
import vn.ictindex.document.AdministrativeDocument;
import vn.ictindex.document.Block;
import vn.ictindex.document.DocumentSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The amendment appendix as an administrative document (Phụ lục những nội dung điều chỉnh, bổ sung) that goes with the
 * department's consultation letter: the summary points of the letter, then one table per appendix with the changes
 * grouped by criteria group. The number and date are left blank for the clerk: the letter is numbered when signed.
 */
final class AmendmentAppendixDocument {

    private AmendmentAppendixDocument() {
    }

    static AdministrativeDocument of(VersionDiff diff, String newTitle, DocumentSettings settings) {
        AdministrativeDocument document = settings.document("letter", "", null,
                "PHỤ LỤC\nNHỮNG NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG");
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.centred("(" + newTitle + " – " + diff.toId() + ", so với " + diff.fromId()
                + ")"));
        body.add(new Block.Heading("I. TÓM TẮT NHỮNG ĐIỂM THAY ĐỔI", 1));
        for (String line : diff.summary().paragraph().split("\n")) {
            body.add(Block.Paragraph.of(line));
        }
        body.add(new Block.Heading("II. NHỮNG ĐIỀU CHỈNH, BỔ SUNG TRONG TỪNG NHÓM TIÊU CHÍ", 1));
        if (diff.isEmpty()) {
            body.add(Block.Paragraph.of("Không có nội dung nào được điều chỉnh, bổ sung."));
        }
        int section = 1;
        for (VersionDiff.AppendixChanges a : diff.appendices()) {
            body.add(new Block.Heading(section++ + ". " + a.appendixId() + " – " + a.title(), 2));
            List<Block.Row> rows = new ArrayList<>();
            int number = 1;
            for (VersionDiff.GroupChanges g : a.groups()) {
                rows.add(Block.Row.bold(Block.Cell.spanning(g.wholeAppendix() ? "Chung cho cả phụ lục"
                        : g.groupKey() + ". " + g.groupName(), 5)));
                for (VersionDiff.Change c : g.changes()) {
                    rows.add(Block.Row.of(String.valueOf(number++), c.nodeKey(), c.description(),
                            c.before() == null ? "" : c.before(), c.after() == null ? "" : c.after()));
                }
            }
            body.add(new Block.Table(List.of(Block.Row.of("STT", "Mã", "Nội dung điều chỉnh, bổ sung", "Trước",
                    "Sau")), rows, List.of(2, 2, 8, 4, 4), java.util.Set.of(0), false));
        }
        return document.withBody(body).withRecipients(List.of());
    }
}
