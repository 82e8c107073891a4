package vn.ictindex.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The texts of documents that vary by province, under {@code ictindex.documents.*} (see docs/documents.md): the
 * issuer, the place, the signer, and per kind of document its number suffix and, where another body issues it (the
 * council's minutes, the province's decision), that body and its signer.
 *
 * @param place       the place of the date line ("Bình Thuận")
 * @param parentBody  the body above the issuer ("UBND TỈNH BÌNH THUẬN")
 * @param issuingBody the issuer ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
 * @param department  the department that runs the evaluation, as running text names it ("Sở Thông tin và Truyền
 *                    thông"; "Sở Khoa học và Công nghệ" where the role has passed to it)
 * @param signer      who signs by default
 * @param kinds       per kind key ({@code report}, {@code minutes}, {@code decision}, {@code letter}…)
 */
@ConfigurationProperties("ictindex.documents")
public record DocumentSettings(String place, String parentBody, String issuingBody, String department,
                               Signer signer, Map<String, Kind> kinds) {

    public DocumentSettings {
        place = place == null ? "" : place;
        parentBody = parentBody == null ? "" : parentBody;
        issuingBody = issuingBody == null ? "" : issuingBody;
        department = department == null ? "" : department;
        signer = signer == null ? new Signer("", "", "") : signer;
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    /** A signer: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name. */
    public record Signer(String authority, String title, String name) {
        Signature signature() {
            return new Signature(authority, title, name);
        }
    }

    /**
     * One kind of document. Missing or blank fields fall back to the defaults above, except an empty parent body,
     * which stays empty.
     *
     * @param label        what is printed above the title ("BÁO CÁO"); blank for a letter
     * @param numberSuffix what follows the sequence number ("BC-STTTT" in "Số: 12/BC-STTTT")
     */
    public record Kind(String label, String numberSuffix, String parentBody, String issuingBody, Signer signer) {
    }

    /**
     * A document of the given kind with the header, number, date line and signature filled in from the settings;
     * add the body and the recipients with {@link AdministrativeDocument#withBody} and
     * {@link AdministrativeDocument#withRecipients}.
     *
     * @param kindKey  a key under {@code ictindex.documents.kinds}
     * @param sequence the sequence number, or blank to leave it for the clerk ("Số:      /BC-STTTT")
     * @param date     the date, or null to leave it blank
     */
    public AdministrativeDocument document(String kindKey, String sequence, LocalDate date, String title) {
        Kind kind = kinds.get(kindKey);
        if (kind == null) {
            throw new IllegalArgumentException("no document kind '" + kindKey + "' under ictindex.documents.kinds "
                    + kinds.keySet());
        }
        String suffix = or(kind.numberSuffix(), "");
        String number = (sequence == null || sequence.isBlank() ? "      " : sequence.strip())
                + (suffix.isEmpty() ? "" : "/" + suffix);
        Signer by = kind.signer() != null && kind.signer().title() != null && !kind.signer().title().isBlank()
                ? kind.signer() : signer;
        // an empty parent body is kept: the province's own decision has no body above its issuer
        return new AdministrativeDocument(kind.parentBody() != null ? kind.parentBody() : parentBody,
                or(kind.issuingBody(), issuingBody),
                number, place, date, or(kind.label(), ""), title, List.of(), List.of(), by.signature());
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
