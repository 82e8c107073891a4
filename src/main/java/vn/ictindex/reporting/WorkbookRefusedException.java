package vn.ictindex.reporting;

/** An uploaded file that cannot be read as the expected workbook at all; nothing was changed. */
public class WorkbookRefusedException extends RuntimeException {

    public WorkbookRefusedException(String message) {
        super(message);
    }
}
