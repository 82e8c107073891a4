package vn.ictindex.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;

/**
 * The DOCX form. Word has no font of ours to embed, so the text is set in Times New Roman, the font the rules for
 * administrative documents prescribe and which every office machine has with all Vietnamese letters.
 */
final class DocxWriter {

    private static final String FONT = "Times New Roman";
    // A4 in twentieths of a point, margins 20 mm top/bottom, 30 mm left, 20 mm right (Nghị định 30/2020/NĐ-CP)
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int PORTRAIT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN;
    private static final int LANDSCAPE_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN;

    private final AdministrativeDocument document;
    private final XWPFDocument docx = new XWPFDocument();

    DocxWriter(AdministrativeDocument document) {
        this.document = document;
    }

    byte[] write() {
        header();
        for (Block block : document.body()) {
            if (block instanceof Block.Heading heading) {
                heading(heading);
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof Block.Table table) {
                table(table);
            } else {
                docx.createParagraph().setPageBreak(true);
            }
        }
        recipientsAndSignature();
        page(docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr(), false);
        try (docx; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header() {
        XWPFTable table = borderless(2, new int[]{PORTRAIT_WIDTH * 9 / 20, PORTRAIT_WIDTH - PORTRAIT_WIDTH * 9 / 20});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph p = first(left);
        if (!blank(document.parentBody())) {
            run(p, document.parentBody(), 12, false, false);
            p = next(left);
        }
        run(p, document.issuingBody(), 12, true, false);
        run(next(left), "————", 10, false, false);
        run(next(left), document.numberLine(), 13, false, false);

        run(first(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        run(next(right), "Độc lập – Tự do – Hạnh phúc", 13, true, false).setUnderline(UnderlinePatterns.SINGLE);
        run(next(right), "", 10, false, false);
        run(next(right), document.placeAndDateLine(), 13, false, true);

        XWPFParagraph spacer = docx.createParagraph();
        spacer.setSpacingAfter(120);
        if (!blank(document.kind())) {
            XWPFParagraph kind = centred(docx.createParagraph());
            kind.setSpacingBefore(240);
            run(kind, document.kind(), 14, true, false);
        }
        XWPFParagraph title = centred(docx.createParagraph());
        title.setSpacingAfter(240);
        run(title, document.title(), 14, true, false);
    }

    private void heading(Block.Heading heading) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingBefore(120);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, heading.text(), 14, true, heading.level() == 3);
    }

    private void paragraph(Block.Paragraph paragraph) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(alignment(paragraph.align()));
        if (paragraph.align() == Block.Align.JUSTIFY) {
            p.setIndentationFirstLine(567);
        }
        p.setSpacingAfter(120);
        for (Block.Text text : paragraph.runs()) {
            run(p, text.text(), 14, text.bold(), text.italic());
        }
    }

    private void table(Block.Table table) {
        int width = table.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        if (table.landscape()) {
            sectionBreak(false);                      // ends the portrait pages before the table
        }
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        int[] columns = table.widths().stream().mapToInt(w -> width * w / total).toArray();
        XWPFTable t = docx.createTable();
        fixedGrid(t, columns);
        List<Block.Row> rows = new java.util.ArrayList<>(table.header());
        rows.addAll(table.rows());
        List<List<TableLayout.Placed>> layout = TableLayout.layout(rows, table.columns());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            boolean header = r < table.header().size();
            if (header) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (TableLayout.Placed placed : layout.get(r)) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = placed.cell().colspan();
                int cellWidth = 0;
                for (int c = placed.column(); c < placed.column() + span; c++) {
                    cellWidth += columns[c];
                }
                width(properties.addNewTcW(), cellWidth);
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (placed.cell().rowspan() > 1) {
                    properties.addNewVMerge().setVal(placed.continued() ? STMerge.CONTINUE : STMerge.RESTART);
                }
                properties.addNewVAlign().setVal(STVerticalJc.CENTER);
                XWPFParagraph p = first(cell);
                if (placed.continued()) {
                    continue;
                }
                p.setAlignment(header || span > 1 && table.numericColumns().isEmpty() ? ParagraphAlignment.CENTER
                        : table.numericColumns().contains(placed.column()) && span == 1 ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT);
                run(p, placed.cell().text(), 12, header || rows.get(r).bold(), false);
            }
        }
        if (table.landscape()) {
            sectionBreak(true);                       // ends the landscape pages of the table
        } else {
            docx.createParagraph().setSpacingAfter(0);
        }
    }

    private void recipientsAndSignature() {
        XWPFTable table = borderless(2, new int[]{PORTRAIT_WIDTH / 2, PORTRAIT_WIDTH - PORTRAIT_WIDTH / 2});
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph p = first(left);
        p.setAlignment(ParagraphAlignment.LEFT);
        if (!document.recipients().isEmpty()) {
            run(p, "Nơi nhận:", 12, true, true);
            for (String recipient : document.recipients()) {
                XWPFParagraph line = next(left);
                line.setAlignment(ParagraphAlignment.LEFT);
                run(line, "- " + recipient, 11, false, false);
            }
        }
        Signature signature = document.signature();
        XWPFParagraph s = first(right);
        if (!blank(signature.authority())) {
            run(s, signature.authority(), 13, true, false);
            s = next(right);
        }
        run(s, signature.title(), 13, true, false);
        for (int i = 0; i < 4; i++) {
            next(right);
        }
        run(next(right), signature.name() == null ? "" : signature.name(), 13, true, false);
    }

    /** A table without borders, one row, the given column widths: the header and the signature layout. */
    private XWPFTable borderless(int columns, int[] widths) {
        XWPFTable table = docx.createTable(1, columns);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        fixedGrid(table, widths);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            width((cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewTcW(),
                    widths[c]);
        }
        return table;
    }

    private static void fixedGrid(XWPFTable table, int[] widths) {
        var properties = table.getCTTbl().getTblPr();
        CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width(tableWidth, java.util.Arrays.stream(widths).sum());
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static void width(CTTblWidth width, int twips) {
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    /** Ends the current section with a paragraph carrying its page set-up. */
    private void sectionBreak(boolean landscape) {
        XWPFParagraph p = docx.createParagraph();
        var properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        page(properties.addNewSectPr(), landscape);
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph next(XWPFTableCell cell) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = nfc(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return run;
    }

    private static ParagraphAlignment alignment(Block.Align align) {
        return switch (align) {
            case JUSTIFY -> ParagraphAlignment.BOTH;
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTRE -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
