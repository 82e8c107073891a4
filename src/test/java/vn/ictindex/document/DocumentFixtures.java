package vn.ictindex.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Documents and settings the document tests share. */
public final class DocumentFixtures {

    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";   // huyền, sắc, hỏi, ngã, nặng

    private DocumentFixtures() {
    }

    /**
     * Every Vietnamese vowel with and without each of the five tones, and đ, lower case then upper case, separated by
     * spaces: "a à á ả ã ạ ă ằ … đ A À … Đ". Built from combining marks and normalised, so each is one letter.
     */
    public static String everyVietnameseLetter() {
        List<String> letters = new ArrayList<>();
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            letters.add(vowel);
            for (char tone : TONES.toCharArray()) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        List<String> both = new ArrayList<>(letters);
        letters.forEach(l -> both.add(l.toUpperCase(java.util.Locale.ROOT)));
        return String.join(" ", both);
    }

    /** The demo province's settings, as application.properties sets them. */
    public static DocumentSettings binhThuan() {
        return new DocumentSettings("Bình Thuận", "UBND TỈNH BÌNH THUẬN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "Sở Thông tin và Truyền thông", new DocumentSettings.Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Quý"),
                Map.of("report", new DocumentSettings.Kind("BÁO CÁO", "BC-STTTT", null, null, null),
                        "minutes", new DocumentSettings.Kind("BIÊN BẢN", "BB-HĐTĐ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                                "HỘI ĐỒNG THẨM ĐỊNH",
                                new DocumentSettings.Signer("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Trần Thị Ánh"))));
    }

    /**
     * A report with a heading, a paragraph of every letter, a portrait table with a merged header (STT spans two
     * rows, "Điểm" spans two columns), a bold group row, and a landscape ranking table.
     */
    public static AdministrativeDocument reportWithEveryLetter() {
        String letters = everyVietnameseLetter();
        Block.Table scores = new Block.Table(
                List.of(Block.Row.of(Block.Cell.tall("STT", 2), Block.Cell.tall("Tiêu chí", 2),
                                Block.Cell.spanning("Điểm", 2)),
                        Block.Row.of("Tự chấm", "Thẩm định")),
                List.of(Block.Row.bold(Block.Cell.of("A"), Block.Cell.of("Hạ tầng kỹ thuật"), Block.Cell.of("45,50"),
                                Block.Cell.of("42,00")),
                        Block.Row.of("1", "Tỷ lệ máy tính được kết nối mạng", "13,80", "12,00"),
                        Block.Row.of("2", letters, "0,00", "0,00")),
                List.of(1, 8, 2, 2), Set.of(2, 3), false);
        Block.Table ranking = new Block.Table(
                List.of(Block.Row.of("Hạng", "Cơ quan, đơn vị", "Tổng điểm", "Tỷ lệ (%)", "Xếp loại")),
                List.of(Block.Row.of("1", "Sở Tư pháp", "452,50", "90,50", "Tốt"),
                        Block.Row.of("2", "Sở Y tế", "430,00", "86,00", "Tốt"),
                        Block.Row.of("2", "Ủy ban nhân dân huyện Đức Linh", "430,00", "86,00", "Tốt"),
                        Block.Row.of("4", "Ủy ban nhân dân thị xã La Gi", "318,25", "63,65", "Trung bình")),
                List.of(1, 8, 2, 2, 2), Set.of(2, 3), true);
        return binhThuan().document("report", "125", LocalDate.of(2026, 2, 5),
                        "Kết quả đánh giá mức độ ứng dụng công nghệ thông tin năm 2026")
                .withBody(List.of(
                        new Block.Heading("I. KẾT QUẢ TỰ ĐÁNH GIÁ", 1),
                        Block.Paragraph.of(Block.Text.plain("Các chữ cái tiếng Việt: "), Block.Text.bold(letters)),
                        scores,
                        new Block.Heading("II. XẾP HẠNG", 1),
                        Block.Paragraph.of("Bảng xếp hạng các sở, ban, ngành và địa phương theo tổng điểm."),
                        ranking,
                        Block.Paragraph.of(Block.Text.italic("Đồng hạng: cùng tổng điểm làm tròn thì cùng hạng."))))
                .withRecipients(List.of("Hội đồng thẩm định;", "Giám đốc, các PGĐ Sở;", "Lưu: VT, CNTT."));
    }
}
