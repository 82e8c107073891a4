package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditEntry;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;

/** The library of one unit: adding files and references, linking them to criteria, and the lock. */
@SpringBootTest
@Transactional
class EvidenceLibraryTests {

    @Autowired
    EvidenceLibrary library;

    @Autowired
    AuditTrail audit;

    @Autowired
    Periods periods;

    @Autowired
    Units units;

    EvidenceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new EvidenceFixtures(units, periods);
    }

    @Test
    void aSpecialistUploadsAPdfThatIsStoredWithItsDetectedTypeAndHash() throws Exception {
        byte[] pdf = EvidenceSamples.pdf();

        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(),
                "Kế hoạch ứng dụng CNTT năm 2026", "Kế hoạch 2026.PDF", pdf,
                new EvidenceDocument("12/KH-STP", LocalDate.of(2026, 1, 15), "Sở Tư pháp", "Kế hoạch năm"));

        assertThat(item.kind()).isEqualTo(EvidenceKind.FILE);
        assertThat(item.title()).isEqualTo("Kế hoạch ứng dụng CNTT năm 2026");
        assertThat(item.fileName()).isEqualTo("Kế hoạch 2026.PDF");
        assertThat(item.contentType()).isEqualTo("application/pdf");
        assertThat(item.sizeBytes()).isEqualTo(pdf.length);
        assertThat(item.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(pdf)));
        assertThat(item.docNumber()).isEqualTo("12/KH-STP");
        assertThat(item.docDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(item.uploadedBy()).isEqualTo("stp.chuyenvien");
        assertThat(library.content(fixtures.justiceSpecialist(), item.id()).content()).isEqualTo(pdf);
        assertThat(lastAudit(fixtures.openPeriod())).satisfies(e -> {
            assertThat(e.action()).isEqualTo("EVIDENCE_UPLOADED");
            assertThat(e.actor()).isEqualTo("stp.chuyenvien");
            assertThat(e.subjectId()).isEqualTo(String.valueOf(item.id()));
            assertThat(e.newValue()).contains("Kế hoạch 2026.PDF").contains(item.sha256());
        });
    }

    @Test
    void theHeadOfTheUnitMayUploadToo() {
        EvidenceItem item = library.uploadFile(fixtures.justiceHead(), fixtures.justice(), "Sơ đồ mạng", "so-do.png",
                EvidenceSamples.png(), null);

        assertThat(item.contentType()).isEqualTo("image/png");
        assertThat(item.previewable()).isTrue();
    }

    @Test
    void withoutATitleTheFileNameIsTheTitleAndAMissingExtensionIsAdded() {
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "  ",
                "C:\\Tài liệu\\Sơ đồ mạng LAN", EvidenceSamples.jpeg(), EvidenceDocument.NONE);

        assertThat(item.fileName()).isEqualTo("Sơ đồ mạng LAN.jpg");
        assertThat(item.title()).isEqualTo("Sơ đồ mạng LAN.jpg");
        assertThat(item.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void officeDocumentsAreAcceptedButNotPreviewed() {
        EvidenceItem docx = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Báo cáo",
                "bao-cao.docx", EvidenceSamples.docx(), null);
        EvidenceItem xls = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Số liệu cũ",
                "so-lieu.xls", EvidenceSamples.ole2(), null);

        assertThat(docx.contentType()).isEqualTo(EvidenceFileType.DOCX.contentType());
        assertThat(xls.contentType()).isEqualTo("application/vnd.ms-excel");
        assertThat(docx.previewable()).isFalse();
    }

    @Test
    void aFileOfExactly20MegabytesIsAccepted() {
        byte[] pdf = EvidenceSamples.pdfOfSize((int) EvidenceLibrary.MAX_FILE_BYTES);

        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Bản quét", "quet.pdf",
                pdf, null);

        assertThat(library.content(fixtures.justiceSpecialist(), item.id()).content()).hasSize(pdf.length);
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItsTypeIsLookedAt() {
        byte[] tooBig = new byte[(int) EvidenceLibrary.MAX_FILE_BYTES + 1];

        assertRefusedOn("file", () -> library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Bản quét",
                "quet.exe", tooBig, null), "lớn hơn 20 MB");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefusedOn("file", () -> library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Trống",
                "trong.pdf", new byte[0], null), "tệp rỗng");
    }

    @Test
    void aProgramRenamedToPdfIsRefusedAndNothingIsStored() {
        assertRefusedOn("file", () -> library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(),
                "Hóa đơn", "hoa-don.pdf", EvidenceSamples.exe(), null), "chương trình máy tính");

        assertThat(library.library(fixtures.justice())).isEmpty();
    }

    @Test
    void everyProblemWithTheEnteredDetailsIsReportedAtOnce() {
        EvidenceException refused = catchRefusal(() -> library.uploadFile(fixtures.justiceSpecialist(),
                fixtures.justice(), "T".repeat(301), "trang.html", EvidenceSamples.html(),
                new EvidenceDocument("1".repeat(101), periods.today().plusDays(1), null, null)));

        assertThat(refused.fieldErrors()).containsOnlyKeys("file", "title", "docNumber", "docDate");
        assertThat(refused.fieldErrors().get("docDate")).contains("không được sau hôm nay");
    }

    @Test
    void aCouncilMemberOrAnAdministratorCannotAddToAUnitsLibrary() {
        for (var user : List.of(EvidenceFixtures.councilMember(), EvidenceFixtures.administrator())) {
            assertThatThrownBy(() -> library.uploadFile(user, fixtures.justice(), "Tài liệu", "a.pdf",
                    EvidenceSamples.pdf(), null))
                    .isInstanceOf(EvidenceException.class)
                    .hasMessageContaining("Chỉ cán bộ đầu mối hoặc lãnh đạo của đơn vị");
        }
    }

    @Test
    void aReferenceToADocumentIsRegisteredAndAudited() {
        EvidenceItem item = library.registerReference(fixtures.justiceSpecialist(), fixtures.justice(),
                "Quyết định ban hành quy chế sử dụng hệ thống quản lý văn bản", "45/QĐ-STP",
                LocalDate.of(2025, 3, 2), "Sở Tư pháp", "Quy chế quản lý, sử dụng hệ thống",
                "https://vbpl.binhthuan.gov.vn/van-ban/45-qd-stp");

        assertThat(item.kind()).isEqualTo(EvidenceKind.REFERENCE);
        assertThat(item.fileName()).isNull();
        assertThat(item.link()).isEqualTo("https://vbpl.binhthuan.gov.vn/van-ban/45-qd-stp");
        assertThat(lastAudit(fixtures.openPeriod()).action()).isEqualTo("EVIDENCE_REGISTERED");
        assertThatThrownBy(() -> library.content(fixtures.justiceSpecialist(), item.id()))
                .as("a reference has no file to download").isInstanceOf(EvidenceNotFoundException.class);
    }

    @Test
    void aReferenceNeedsATitleAndANumberOrALink() {
        EvidenceException refused = catchRefusal(() -> library.registerReference(fixtures.justiceSpecialist(),
                fixtures.justice(), " ", null, null, null, null, ""));

        assertThat(refused.fieldErrors()).containsOnlyKeys("title", "docNumber");
        assertThat(library.registerReference(fixtures.justiceSpecialist(), fixtures.justice(), "Cổng thông tin",
                null, null, null, null, "http://stp.binhthuan.gov.vn").link()).startsWith("http://");
    }

    @Test
    void aLinkMustBeAWebAddress() {
        for (String link : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://a.vn/x", "stp.gov.vn/x",
                "https://", "http://a b.vn")) {
            assertRefusedOn("link", () -> library.registerReference(fixtures.justiceSpecialist(), fixtures.justice(),
                    "Văn bản", "1/QĐ", null, null, null, link), "http:// hoặc https://");
        }
    }

    @Test
    void oneItemSupportsSeveralCriteriaListedInTheAppendixOrder() {
        Period period = fixtures.openPeriod();
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);
        EvidenceItem other = library.registerReference(fixtures.justiceSpecialist(), fixtures.justice(), "Quy chế",
                "45/QĐ-STP", null, null, null, null);

        library.link(fixtures.justiceSpecialist(), item.id(), period.id(), "C3");
        library.link(fixtures.justiceHead(), item.id(), period.id(), "A1");
        library.link(fixtures.justiceSpecialist(), other.id(), period.id(), "A1");

        assertThat(library.library(fixtures.justice())).extracting(EvidenceItem::title, EvidenceItem::linkedKeys)
                .containsExactly(
                        tuple("Quy chế", List.of("A1")),
                        tuple("Kế hoạch", List.of("A1", "C3")));
        var linked = library.linkedTo(period.id(), fixtures.justice());
        assertThat(linked).containsOnlyKeys("A1", "C3");
        assertThat(linked.keySet()).containsExactly("A1", "C3");
        assertThat(linked.get("A1")).extracting(EvidenceItem::title).containsExactly("Quy chế", "Kế hoạch");
        assertThat(linked.get("C3")).extracting(EvidenceItem::title).containsExactly("Kế hoạch");
        assertThat(audit.forUnit(fixtures.justice(), period.id())).extracting(AuditEntry::action)
                .containsSubsequence("EVIDENCE_LINKED", "EVIDENCE_LINKED", "EVIDENCE_LINKED");
    }

    @Test
    void linkingTwiceIsHarmlessAndAuditedOnce() {
        Period period = fixtures.openPeriod();
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        library.link(fixtures.justiceSpecialist(), item.id(), period.id(), "A1");
        library.link(fixtures.justiceSpecialist(), item.id(), period.id(), "A1");

        assertThat(library.linkedTo(period.id(), fixtures.justice()).get("A1")).hasSize(1);
        assertThat(audit.forUnit(fixtures.justice(), period.id())).extracting(AuditEntry::action)
                .filteredOn("EVIDENCE_LINKED"::equals).hasSize(1);
    }

    @Test
    void unlinkingRemovesTheItemFromThatCriterionOnly() {
        Period period = fixtures.openPeriod();
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);
        library.link(fixtures.justiceSpecialist(), item.id(), period.id(), "A1");
        library.link(fixtures.justiceSpecialist(), item.id(), period.id(), "C3");

        library.unlink(fixtures.justiceSpecialist(), item.id(), period.id(), "A1");

        assertThat(library.linkedTo(period.id(), fixtures.justice())).containsOnlyKeys("C3");
        assertThat(lastAudit(period)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("EVIDENCE_UNLINKED");
            assertThat(e.oldValue()).isEqualTo("A1");
        });
        assertRefusedOn("nodeKey", () -> library.unlink(fixtures.justiceSpecialist(), item.id(), period.id(), "A1"),
                "chưa được gắn");
    }

    @Test
    void onlyCriteriaOfTheUnitsAppendixCanBeLinked() {
        Period period = fixtures.openPeriod();
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        assertRefusedOn("nodeKey", () -> library.link(fixtures.justiceSpecialist(), item.id(), period.id(), "Z9"),
                "không thuộc PL-I");
        assertRefusedOn("nodeKey", () -> library.link(fixtures.justiceSpecialist(), item.id(), period.id(), " "),
                "Cần chọn tiêu chí");
    }

    @Test
    void aUnitThatDoesNotTakePartInAPeriodHasNoCriteriaToLinkThere() {
        Period other = fixtures.openPeriodWithoutParticipants();
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        assertThatThrownBy(() -> library.link(fixtures.justiceSpecialist(), item.id(), other.id(), "A1"))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("không tham gia");
    }

    @Test
    void nothingChangesAfterTheLock() {
        EvidenceItem before = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);
        library.link(fixtures.justiceSpecialist(), before.id(), fixtures.openPeriod().id(), "A1");
        Period locked = fixtures.lockedCurrentPeriod();

        assertLocked(() -> library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Muộn", "muon.pdf",
                EvidenceSamples.pdf(), null));
        assertLocked(() -> library.registerReference(fixtures.justiceSpecialist(), fixtures.justice(), "Muộn",
                "1/QĐ", null, null, null, null));
        assertLocked(() -> library.link(fixtures.justiceSpecialist(), before.id(), locked.id(), "A1"));
        assertLocked(() -> library.unlink(fixtures.justiceSpecialist(), before.id(), locked.id(), "A1"));
        assertThat(library.library(fixtures.justice())).extracting(EvidenceItem::title).containsExactly("Kế hoạch");
        assertThat(library.content(fixtures.justiceSpecialist(), before.id()).content())
                .as("what was uploaded stays readable").isEqualTo(EvidenceSamples.pdf());
    }

    @Test
    void aClosedPastPeriodCannotBeLinkedTo() {
        Period past = fixtures.pastPeriod();
        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Kế hoạch",
                "ke-hoach.pdf", EvidenceSamples.pdf(), null);

        assertLocked(() -> library.link(fixtures.justiceSpecialist(), item.id(), past.id(), "A1"));
    }

    @Test
    void anExtensionReopensTheLibraryForThatUnitOnly() {
        Period locked = fixtures.lockedCurrentPeriod();
        periods.grantExtension(locked.id(), fixtures.justice(), periods.today().plusDays(3), "Sự cố mất điện",
                "admin");

        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Bổ sung",
                "bo-sung.pdf", EvidenceSamples.pdf(), null);
        library.link(fixtures.justiceSpecialist(), item.id(), locked.id(), "A1");

        assertThat(library.linkedTo(locked.id(), fixtures.justice())).containsOnlyKeys("A1");
        assertLocked(() -> library.uploadFile(fixtures.healthSpecialist(), fixtures.health(), "Bổ sung",
                "bo-sung.pdf", EvidenceSamples.pdf(), null));
    }

    private AuditEntry lastAudit(Period period) {
        List<AuditEntry> entries = audit.forUnit(fixtures.justice(), period.id());
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    private static void assertLocked(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(EvidenceException.class).hasMessageContaining("đã khóa");
    }

    private static void assertRefusedOn(String field, Runnable change, String expected) {
        assertThat(catchRefusal(change).fieldErrors()).extractingByKey(field).asString().containsIgnoringCase(expected);
    }

    private static EvidenceException catchRefusal(Runnable change) {
        try {
            change.run();
        } catch (EvidenceException e) {
            return e;
        }
        return fail("expected the change to be refused");
    }
}
