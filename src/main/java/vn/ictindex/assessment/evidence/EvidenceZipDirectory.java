package vn.ictindex.assessment.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table of contents of a ZIP file (its central directory), read straight from the bytes: names and declared sizes
 * only. Nothing is decompressed, so a ZIP bomb costs no more to inspect than any other file of its size; a directory
 * with too many entries, or entries that would unpack to too much, is refused before its entries are read.
 */
final class EvidenceZipDirectory {

    /** Office files hold tens to a few hundred parts; thousands mean something else. */
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    static final long MAX_TOTAL_SIZE = 250L * 1024 * 1024;

    static final String TOO_BIG = "Tệp nén có cấu trúc bất thường (quá nhiều thành phần hoặc dung lượng giải nén quá "
            + "lớn) nên không được nhận.";
    static final String DAMAGED = "Tệp nén bị hỏng, không đọc được danh mục bên trong.";

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final long ZIP64_MARKER = 0xFFFFFFFFL;
    private static final int MAX_COMMENT = 0xFFFF;

    record Entry(String name, int method, long compressedSize, long size, long localHeaderOffset) {
    }

    private final byte[] zip;
    private final List<Entry> entries;

    private EvidenceZipDirectory(byte[] zip, List<Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /** @throws EvidenceException when the directory is damaged or describes too much */
    static EvidenceZipDirectory read(byte[] zip) {
        int end = findEndOfDirectory(zip);
        int count = u16(zip, end + 10);
        long directorySize = u32(zip, end + 12);
        long directoryOffset = u32(zip, end + 16);
        if (count == 0xFFFF || directorySize == ZIP64_MARKER || directoryOffset == ZIP64_MARKER
                || count > MAX_ENTRIES) {
            throw refused(TOO_BIG);
        }
        if (directoryOffset + directorySize > end) {
            throw refused(DAMAGED);
        }
        List<Entry> entries = new ArrayList<>(count);
        int p = (int) directoryOffset;
        int directoryEnd = (int) (directoryOffset + directorySize);
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (p + 46 > directoryEnd || u32(zip, p) != CENTRAL_HEADER) {
                throw refused(DAMAGED);
            }
            int nameLength = u16(zip, p + 28);
            int next = p + 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
            if (next > directoryEnd) {
                throw refused(DAMAGED);
            }
            long compressed = u32(zip, p + 20);
            long size = u32(zip, p + 24);
            long offset = u32(zip, p + 42);
            if (compressed == ZIP64_MARKER || size == ZIP64_MARKER || offset == ZIP64_MARKER
                    || size > MAX_ENTRY_SIZE) {
                throw refused(TOO_BIG);
            }
            total += size;
            if (total > MAX_TOTAL_SIZE) {
                throw refused(TOO_BIG);
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            entries.add(new Entry(name, u16(zip, p + 10), compressed, size, offset));
            p = next;
        }
        return new EvidenceZipDirectory(zip, entries);
    }

    boolean contains(String name) {
        return entries.stream().anyMatch(e -> e.name().equals(name));
    }

    boolean anyStartsWith(String prefix) {
        return entries.stream().anyMatch(e -> e.name().startsWith(prefix));
    }

    boolean anyEndsWithIgnoringCase(String suffix) {
        return entries.stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).endsWith(suffix));
    }

    /**
     * The text of a small entry stored without compression (an ODF {@code mimetype}), read from its local header;
     * empty when the entry is missing, compressed or longer than {@code maxLength}.
     */
    Optional<String> storedText(String name, int maxLength) {
        Optional<Entry> found = entries.stream().filter(e -> e.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = found.get();
        if (entry.method() != 0 || entry.size() > maxLength || entry.compressedSize() != entry.size()) {
            return Optional.empty();
        }
        long header = entry.localHeaderOffset();
        if (header + 30 > zip.length || u32(zip, (int) header) != LOCAL_HEADER) {
            return Optional.empty();
        }
        long data = header + 30 + u16(zip, (int) header + 26) + u16(zip, (int) header + 28);
        if (data + entry.size() > zip.length) {
            return Optional.empty();
        }
        return Optional.of(new String(zip, (int) data, (int) entry.size(), StandardCharsets.US_ASCII));
    }

    private static int findEndOfDirectory(byte[] zip) {
        int last = zip.length - 22;
        for (int p = last; p >= 0 && p >= last - MAX_COMMENT; p--) {
            if (u32(zip, p) == END_OF_DIRECTORY && p + 22 + u16(zip, p + 20) == zip.length) {
                return p;
            }
        }
        throw refused(DAMAGED);
    }

    private static EvidenceException refused(String message) {
        return EvidenceException.onField("file", message);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xFFFFFFFFL;
    }
}
