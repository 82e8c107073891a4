package vn.ictindex.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a table sits once row spans are taken into account: a cell spanning rows occupies its columns
 * in the rows below, so a later row's cells start further right. DOCX needs that position to write the continuation
 * cells of a vertical merge; PDF needs it to right-align numeric columns.
 */
final class TableLayout {

    /** A cell at its grid column; {@code continued} marks the part of a cell from a row above. */
    record Placed(Block.Cell cell, int column, boolean continued) {
    }

    private TableLayout() {
    }

    /** The placed cells of the rows, in row order; the rows are laid out as one grid of {@code columns}. */
    static List<List<Placed>> layout(List<Block.Row> rows, int columns) {
        int[] coveredUntil = new int[columns];          // the last row a cell placed in this column covers
        Block.Cell[] coveringCell = new Block.Cell[columns];
        int[] coveringStart = new int[columns];
        List<List<Placed>> result = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> placed = new ArrayList<>();
            int column = 0;
            for (Block.Cell cell : rows.get(r).cells()) {
                column = skipCovered(r, column, columns, coveredUntil, coveringCell, coveringStart, placed);
                if (column + cell.colspan() > columns) {
                    throw new IllegalArgumentException("row " + (r + 1) + " is wider than " + columns + " columns");
                }
                placed.add(new Placed(cell, column, false));
                for (int c = column; c < column + cell.colspan(); c++) {
                    coveredUntil[c] = r + cell.rowspan() - 1;
                    coveringCell[c] = cell;
                    coveringStart[c] = column;
                }
                column += cell.colspan();
            }
            skipCovered(r, column, columns, coveredUntil, coveringCell, coveringStart, placed);
            result.add(placed);
        }
        return result;
    }

    private static int skipCovered(int row, int column, int columns, int[] coveredUntil, Block.Cell[] coveringCell,
                                   int[] coveringStart, List<Placed> placed) {
        while (column < columns && row > 0 && coveredUntil[column] >= row && coveringCell[column] != null) {
            placed.add(new Placed(coveringCell[column], coveringStart[column], true));
            column += coveringCell[column].colspan();
        }
        return column;
    }
}
