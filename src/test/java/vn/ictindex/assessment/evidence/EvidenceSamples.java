package vn.ictindex.assessment.evidence;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real, small files of every kind the library meets, made on the spot so that no binary sits in the repository. */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    /** A one-page PDF that readers open: catalogue, page tree, page, cross-reference table with true offsets. */
    public static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF padded to exactly {@code size} bytes (comments after the end are ignored by readers). */
    public static byte[] pdfOfSize(int size) {
        byte[] pdf = pdf();
        byte[] padded = Arrays.copyOf(pdf, size);
        Arrays.fill(padded, pdf.length, size, (byte) ' ');
        return padded;
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] docx() {
        return zip(officeParts("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body>"
                + "</w:document>"));
    }

    public static byte[] xlsx() {
        Map<String, String> parts = officeParts("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                + "2006/main\"><sheetData/></worksheet>");
        return zip(parts);
    }

    public static byte[] pptx() {
        return zip(officeParts("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/"
                + "presentationml/2006/main\"/>"));
    }

    /** A Word document with macros (.docm): an OOXML package carrying a VBA project. */
    public static byte[] docm() {
        Map<String, String> parts = officeParts("word/document.xml", "<w:document/>");
        parts.put("word/vbaProject.bin", "not really VBA");
        return zip(parts);
    }

    /** An OpenDocument text: the uncompressed {@code mimetype} entry first, as the standard requires. */
    public static byte[] odt() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                entry.setCompressedSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                zip.closeEntry();
                put(zip, "content.xml", "<office:document-content/>");
                put(zip, "META-INF/manifest.xml", "<manifest:manifest/>");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a legacy Office (OLE2 compound) file, then an empty first sector. */
    public static byte[] ole2() {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        return Arrays.copyOf(header, 1024);
    }

    /** The start of a Windows program: "MZ", the DOS stub message, the PE offset. */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] html() {
        return "\uFEFF\n  <!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<circle r=\"5\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP that is no office document: a folder of notes. */
    public static byte[] plainZip() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("ghi-chu.txt", "Ghi chú");
        parts.put("anh/so-do.txt", "Sơ đồ");
        return zip(parts);
    }

    /** An OOXML-looking package with {@code count} entries in all. */
    public static byte[] docxWithEntries(int count) {
        Map<String, String> parts = officeParts("word/document.xml", "<w:document/>");
        for (int i = parts.size(); i < count; i++) {
            parts.put("word/media/p" + i + ".xml", "");
        }
        return zip(parts);
    }

    /** An OOXML-looking package with one entry of {@code zeros} zero bytes, which compresses about a thousandfold. */
    public static byte[] docxBomb(long zeros) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> part : officeParts("word/document.xml", "<w:document/>").entrySet()) {
                    put(zip, part.getKey(), part.getValue());
                }
                zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
                writeZeros(zip, zeros);
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small OOXML-looking package whose table of contents claims that its last entry unpacks to almost 4 GB, while
     * the entry's data is not even valid compressed data: only a reader that trusts the table can judge it.
     */
    public static byte[] docxDeclaringAHugeEntry() {
        byte[] zip = docx();
        int end = zip.length - 22;
        int directory = u32(zip, end + 16);
        int count = u16(zip, end + 10);
        int p = directory;
        for (int i = 0; i < count - 1; i++) {
            p += 46 + u16(zip, p + 28) + u16(zip, p + 30) + u16(zip, p + 32);
        }
        zip[p + 24] = (byte) 0xFE;
        zip[p + 25] = (byte) 0xFF;
        zip[p + 26] = (byte) 0xFF;
        zip[p + 27] = (byte) 0xEF;
        int data = u32(zip, p + 42) + 30 + u16(zip, u32(zip, p + 42) + 26) + u16(zip, u32(zip, p + 42) + 28);
        zip[data] = (byte) 0xFF;
        return zip;
    }

    /** A ZIP cut off in the middle: the signature is there, the table of contents is not. */
    public static byte[] truncatedDocx() {
        byte[] docx = docx();
        return Arrays.copyOf(docx, docx.length / 2);
    }

    private static Map<String, String> officeParts(String mainPart, String mainContent) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application"
                + "/xml\"/></Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"/>");
        parts.put(mainPart, mainContent);
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> part : parts.entrySet()) {
                    put(zip, part.getKey(), part.getValue());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] block = new byte[1 << 16];
        for (long left = count; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.RED.getRGB());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int u32(byte[] b, int p) {
        return u16(b, p) | u16(b, p + 2) << 16;
    }
}
