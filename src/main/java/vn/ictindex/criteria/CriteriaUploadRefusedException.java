package vn.ictindex.criteria;

/**
 * An uploaded file that is not even a candidate criteria file: missing, too large, binary or not UTF-8 text. Nothing
 * of it was read as criteria and nothing was stored.
 */
public class CriteriaUploadRefusedException extends RuntimeException {

    /** Why the file was refused; each has its own message for the person who uploaded it. */
    public enum Reason {
        /** No file was chosen, or it has no content. */
        NO_FILE,
        /** Larger than {@link CriteriaUpload#MAX_BYTES}. */
        TOO_LARGE,
        /** Holds control bytes that no text file has (a spreadsheet, a PDF, an image…). */
        BINARY,
        /** Text saved as UTF-16 (it starts with a UTF-16 byte order mark). */
        UTF_16,
        /** Bytes that are not valid UTF-8, as a file saved in Windows-1258, VNI or TCVN3 has. */
        NOT_UTF_8
    }

    private final Reason reason;
    private final String fileName;
    private final int line;

    /**
     * @param fileName the sanitised file name
     * @param line     for {@link Reason#NOT_UTF_8}, the 1-based line of the first invalid byte; otherwise 0
     */
    public CriteriaUploadRefusedException(Reason reason, String fileName, int line) {
        super("Criteria file " + fileName + " refused: " + reason + (line > 0 ? " at line " + line : ""));
        this.reason = reason;
        this.fileName = fileName;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }
}
