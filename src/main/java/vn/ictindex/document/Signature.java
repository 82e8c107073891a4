package vn.ictindex.document;

/**
 * The signature block, bottom right.
 *
 * @param authority the line above the title when signing for someone else ("KT. GIÁM ĐỐC", "TM. HỘI ĐỒNG"), or blank
 * @param title     the signer's title ("PHÓ GIÁM ĐỐC")
 * @param name      the signer's name, printed below the space for the signature and seal
 */
public record Signature(String authority, String title, String name) {
}
