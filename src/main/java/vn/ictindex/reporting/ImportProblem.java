package vn.ictindex.reporting;

/**
 * One problem of an uploaded workbook, where the user finds it in Excel.
 *
 * @param row    as Excel numbers rows (from 1), or null for the whole sheet or file
 * @param column as Excel names columns (A, B…), or null
 */
public record ImportProblem(String sheet, Integer row, String column, String message) {

    /** "Số liệu, dòng 12, cột F: …" */
    public String where() {
        StringBuilder s = new StringBuilder(sheet == null ? "Tệp" : "Trang «" + sheet + "»");
        if (row != null) {
            s.append(", dòng ").append(row);
        }
        if (column != null) {
            s.append(", cột ").append(column);
        }
        return s.toString();
    }
}
