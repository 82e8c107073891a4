package vn.ictindex.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static vn.ictindex.document.DocxWriter.nfc;

/**
 * The PDF form: A4, the margins of the rules for administrative documents, every text in Noto Serif embedded as a
 * subset (OpenPDF would otherwise fall back to Helvetica, which has no Vietnamese letters). Noto Serif is wider than
 * the Times New Roman of the rules, so the header lines are a point smaller to keep to one line each.
 */
final class PdfWriter {

    private static final float MM = 72f / 25.4f;
    private static final Fonts FONTS = Fonts.load();

    private final AdministrativeDocument document;

    PdfWriter(AdministrativeDocument document) {
        this.document = document;
    }

    /** The four faces of Noto Serif, read once from the jar. */
    private record Fonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {
        static Fonts load() {
            return new Fonts(font("NotoSerif-Regular.ttf"), font("NotoSerif-Bold.ttf"), font("NotoSerif-Italic.ttf"),
                    font("NotoSerif-BoldItalic.ttf"));
        }

        private static BaseFont font(String file) {
            try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: fonts/" + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Font of(float size, boolean bold, boolean italic) {
            BaseFont face = bold ? (italic ? boldItalic : this.bold) : (italic ? this.italic : regular);
            return new Font(face, size);
        }
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 30 * MM, 20 * MM, 20 * MM, 20 * MM);
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
            pdf.addTitle(nfc(document.title()));
            pdf.addCreator("ictindex");
            pdf.open();
            header(pdf);
            for (Block block : document.body()) {
                if (block instanceof Block.Heading heading) {
                    heading(pdf, heading);
                } else if (block instanceof Block.Paragraph paragraph) {
                    paragraph(pdf, paragraph);
                } else if (block instanceof Block.Table table) {
                    table(pdf, table);
                } else {
                    pdf.newPage();
                }
            }
            recipientsAndSignature(pdf);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the PDF of " + document.title(), e);
        }
        return out.toByteArray();
    }

    private void header(Document pdf) {
        PdfPTable table = new PdfPTable(new float[]{4.5f, 5.5f});
        table.setWidthPercentage(100);
        List<Paragraph> left = new ArrayList<>();
        if (!blank(document.parentBody())) {
            left.add(line(document.parentBody(), 11, false, false));
        }
        left.add(line(document.issuingBody(), 11, true, false));
        left.add(line("————", 10, false, false));
        left.add(line(document.numberLine(), 13, false, false));
        table.addCell(borderless(left));

        List<Paragraph> right = new ArrayList<>();
        right.add(line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 11, true, false));
        Paragraph motto = new Paragraph("", FONTS.of(13, true, false));
        motto.setAlignment(Element.ALIGN_CENTER);
        Chunk underlined = new Chunk(nfc("Độc lập – Tự do – Hạnh phúc"), FONTS.of(12, true, false));
        underlined.setUnderline(0.6f, -2.5f);
        motto.add(underlined);
        right.add(motto);
        right.add(line(" ", 10, false, false));
        right.add(line(document.placeAndDateLine(), 13, false, true));
        table.addCell(borderless(right));
        table.setSpacingAfter(12);
        pdf.add(table);

        if (!blank(document.kind())) {
            Paragraph kind = line(document.kind(), 14, true, false);
            kind.setSpacingBefore(6);
            pdf.add(kind);
        }
        Paragraph title = line(document.title(), 14, true, false);
        title.setSpacingAfter(12);
        pdf.add(title);
    }

    private void heading(Document pdf, Block.Heading heading) {
        Paragraph p = new Paragraph(nfc(heading.text()), FONTS.of(13, true, heading.level() == 3));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingBefore(6);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        pdf.add(p);
    }

    private void paragraph(Document pdf, Block.Paragraph paragraph) {
        Paragraph p = new Paragraph("", FONTS.of(13, false, false));
        p.setLeading(13 * 1.3f);
        p.setAlignment(alignment(paragraph.align()));
        if (paragraph.align() == Block.Align.JUSTIFY) {
            p.setFirstLineIndent(10 * MM);
        }
        p.setSpacingAfter(6);
        for (Block.Text text : paragraph.runs()) {
            p.add(new Chunk(nfc(text.text()), FONTS.of(13, text.bold(), text.italic())));
        }
        pdf.add(p);
    }

    private void table(Document pdf, Block.Table table) {
        if (table.landscape()) {
            pdf.setPageSize(PageSize.A4.rotate());
            pdf.newPage();
        }
        float[] widths = new float[table.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.widths().get(i);
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(table.header().size());
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        List<Block.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.rows());
        List<List<TableLayout.Placed>> layout = TableLayout.layout(rows, table.columns());
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < table.header().size();
            for (TableLayout.Placed placed : layout.get(r)) {
                if (placed.continued()) {
                    continue;                          // PDF cells span rows by themselves
                }
                Block.Cell cell = placed.cell();
                PdfPCell c = new PdfPCell(new Phrase(nfc(cell.text()), FONTS.of(11, header || rows.get(r).bold(),
                        false)));
                c.setColspan(cell.colspan());
                c.setRowspan(cell.rowspan());
                c.setPadding(3);
                c.setPaddingBottom(5);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                c.setHorizontalAlignment(header ? Element.ALIGN_CENTER
                        : table.numericColumns().contains(placed.column()) && cell.colspan() == 1
                        ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                t.addCell(c);
            }
        }
        if (!rows.isEmpty()) {
            pdf.add(t);
        }
        if (table.landscape()) {
            pdf.setPageSize(PageSize.A4);
            pdf.newPage();
        }
    }

    private void recipientsAndSignature(Document pdf) {
        PdfPTable table = new PdfPTable(new float[]{1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        List<Paragraph> left = new ArrayList<>();
        if (!document.recipients().isEmpty()) {
            left.add(aligned(line("Nơi nhận:", 12, true, true), Element.ALIGN_LEFT));
            for (String recipient : document.recipients()) {
                left.add(aligned(line("- " + recipient, 11, false, false), Element.ALIGN_LEFT));
            }
        }
        table.addCell(borderless(left));
        Signature signature = document.signature();
        List<Paragraph> right = new ArrayList<>();
        if (!blank(signature.authority())) {
            right.add(line(signature.authority(), 13, true, false));
        }
        right.add(line(signature.title(), 13, true, false));
        Paragraph space = line(" ", 13, false, false);
        space.setSpacingAfter(60);
        right.add(space);
        right.add(line(signature.name() == null ? "" : signature.name(), 13, true, false));
        table.addCell(borderless(right));
        pdf.add(table);
    }

    private static PdfPCell borderless(List<Paragraph> paragraphs) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Paragraph p : paragraphs) {
            cell.addElement(p);
        }
        return cell;
    }

    private static Paragraph line(String text, float size, boolean bold, boolean italic) {
        Paragraph p = new Paragraph(nfc(text), FONTS.of(size, bold, italic));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(size * 1.25f);
        return p;
    }

    private static Paragraph aligned(Paragraph p, int alignment) {
        p.setAlignment(alignment);
        return p;
    }

    private static int alignment(Block.Align align) {
        return switch (align) {
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
            case LEFT -> Element.ALIGN_LEFT;
            case CENTRE -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
