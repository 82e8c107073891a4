package vn.ictindex.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One piece of a document's body, in reading order. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.PageBreak {

    /**
     * A section heading, bold: level 1 for "I. KẾT QUẢ …", level 2 for "1. …", level 3 (bold italic) for "a) …".
     * The text carries its own numbering.
     */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1..3: " + level);
            }
        }
    }

    /** A paragraph of one or more runs; justified with a first-line indent unless aligned otherwise. */
    record Paragraph(List<Text> runs, Align align) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
            Objects.requireNonNull(align, "align");
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Text.plain(text)), Align.JUSTIFY);
        }

        public static Paragraph of(Text... runs) {
            return new Paragraph(Arrays.asList(runs), Align.JUSTIFY);
        }

        public static Paragraph centred(String text) {
            return new Paragraph(List.of(Text.plain(text)), Align.CENTRE);
        }
    }

    /** A run of text inside a paragraph. */
    record Text(String text, boolean bold, boolean italic) {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public static Text plain(String text) {
            return new Text(text, false, false);
        }

        public static Text bold(String text) {
            return new Text(text, true, false);
        }

        public static Text italic(String text) {
            return new Text(text, false, true);
        }
    }

    enum Align { JUSTIFY, LEFT, CENTRE, RIGHT }

    /**
     * A table with bordered cells. Header rows are bold, centred and repeated on every page.
     *
     * @param widths         relative column widths, one per column (e.g. 1, 6, 2, 2)
     * @param numericColumns 0-based indexes of columns whose body cells are right-aligned (points, counts)
     * @param landscape      true to put the table on landscape pages of its own (a wide ranking table)
     */
    record Table(List<Row> header, List<Row> rows, List<Integer> widths, Set<Integer> numericColumns,
                 boolean landscape) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            widths = List.copyOf(widths);
            numericColumns = Set.copyOf(numericColumns);
            for (Row row : header) {
                checkWidth(row, widths.size());
            }
            for (Row row : rows) {
                checkWidth(row, widths.size());
            }
        }

        public int columns() {
            return widths.size();
        }

        // A row spans the table's columns unless a cell above reaches into it (rowspan), so only a row that is too
        // wide is certainly wrong.
        private static void checkWidth(Row row, int columns) {
            int spanned = row.cells().stream().mapToInt(Cell::colspan).sum();
            if (spanned > columns) {
                throw new IllegalArgumentException("row spans " + spanned + " columns, the table has " + columns);
            }
        }
    }

    /** A table row; a bold row is a group or total line. */
    record Row(List<Cell> cells, boolean bold) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... texts) {
            return new Row(Arrays.stream(texts).map(Cell::of).toList(), false);
        }

        public static Row bold(String... texts) {
            return new Row(Arrays.stream(texts).map(Cell::of).toList(), true);
        }

        public static Row of(Cell... cells) {
            return new Row(Arrays.asList(cells), false);
        }

        public static Row bold(Cell... cells) {
            return new Row(Arrays.asList(cells), true);
        }
    }

    /** A table cell spanning {@code colspan} columns and {@code rowspan} rows (both at least 1). */
    record Cell(String text, int colspan, int rowspan) {
        public Cell {
            text = text == null ? "" : text;
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException("spans must be at least 1");
            }
        }

        public static Cell of(String text) {
            return new Cell(text, 1, 1);
        }

        public static Cell spanning(String text, int colspan) {
            return new Cell(text, colspan, 1);
        }

        public static Cell tall(String text, int rowspan) {
            return new Cell(text, 1, rowspan);
        }
    }

    /** The rest of the body starts on a new page. */
    record PageBreak() implements Block {
    }
}
