package vn.ictindex.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Vietnamese administrative document, ready to be written as DOCX or PDF. Usually started from
 * {@link DocumentSettings#document}, which fills in the province's texts, and completed with the body.
 *
 * @param parentBody  the body above the issuer, first line of the header ("UBND TỈNH BÌNH THUẬN"); may be blank
 * @param issuingBody the issuer ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
 * @param number      what follows "Số: " ("123/BC-STTTT"); a blank sequence is left for the clerk ("      /BC-STTTT")
 * @param place       the place of the date line ("Bình Thuận")
 * @param date        the date of the date line; null leaves "ngày … tháng … năm …" blank for a draft
 * @param kind        the kind of document above the title ("BÁO CÁO", "QUYẾT ĐỊNH"), or blank
 * @param title       the title, centred and bold
 * @param body        headings, paragraphs, tables, page breaks
 * @param recipients  the "Nơi nhận:" list ("Như trên;", "Lưu: VT, CNTT.")
 * @param signature   the signature block
 */
public record AdministrativeDocument(String parentBody, String issuingBody, String number, String place,
                                     LocalDate date, String kind, String title, List<Block> body,
                                     List<String> recipients, Signature signature) {

    public AdministrativeDocument {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(signature, "signature");
    }

    public AdministrativeDocument withBody(List<Block> body) {
        return new AdministrativeDocument(parentBody, issuingBody, number, place, date, kind, title, body, recipients,
                signature);
    }

    public AdministrativeDocument withRecipients(List<String> recipients) {
        return new AdministrativeDocument(parentBody, issuingBody, number, place, date, kind, title, body, recipients,
                signature);
    }

    public AdministrativeDocument withSignature(Signature signature) {
        return new AdministrativeDocument(parentBody, issuingBody, number, place, date, kind, title, body, recipients,
                signature);
    }

    /** "Số: 123/BC-STTTT". */
    public String numberLine() {
        return "Số: " + (number == null ? "" : number);
    }

    /**
     * "Bình Thuận, ngày 05 tháng 02 năm 2026": a day below 10 and the months January and February take a leading
     * zero, as the rules for administrative documents require (Nghị định 30/2020/NĐ-CP).
     */
    public String placeAndDateLine() {
        String where = place == null || place.isBlank() ? "" : place + ", ";
        if (date == null) {
            return where + "ngày      tháng      năm      ";
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return where + "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + date.getYear();
    }
}
