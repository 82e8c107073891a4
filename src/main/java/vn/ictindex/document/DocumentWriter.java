package vn.ictindex.document;

import org.springframework.stereotype.Component;

/**
 * Writes an {@link AdministrativeDocument} as DOCX (for the department to edit before signing) or PDF (A4, Noto Serif
 * embedded). Stateless and thread-safe; {@code new DocumentWriter()} works outside Spring too.
 */
@Component
public final class DocumentWriter {

    public byte[] docx(AdministrativeDocument document) {
        return new DocxWriter(document).write();
    }

    public byte[] pdf(AdministrativeDocument document) {
        return new PdfWriter(document).write();
    }
}
