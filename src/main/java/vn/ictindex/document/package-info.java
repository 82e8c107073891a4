/**
 * Vietnamese administrative documents (văn bản hành chính) as DOCX and PDF: the two-column header with the issuing
 * body and the national motto, the number and the "place, ngày … tháng … năm …" line, the title, a body of headings,
 * paragraphs and tables, "Nơi nhận:" and the signature block. Other modules describe a document as an
 * {@link vn.ictindex.document.AdministrativeDocument} and hand it to {@link vn.ictindex.document.DocumentWriter}; the
 * texts that vary by province come from {@link vn.ictindex.document.DocumentSettings}. The PDF embeds Noto Serif,
 * shipped in {@code fonts/}, so every Vietnamese diacritic renders on a machine with no fonts installed. Shared
 * infrastructure like {@code web}: it depends on no other module.
 */
package vn.ictindex.document;
