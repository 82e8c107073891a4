package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.PostgresTest;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** File bytes go into BYTEA and come back unchanged on PostgreSQL, the production database. */
@PostgresTest
@Transactional
class EvidencePostgresTests {

    @Autowired
    EvidenceLibrary library;

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
    void everyByteOfAnUploadedFileComesBack() throws Exception {
        byte[] pdf = EvidenceSamples.pdfOfSize(5 * 1024 * 1024);
        byte[] noise = new byte[pdf.length - 2048];
        new Random(2026).nextBytes(noise);
        System.arraycopy(noise, 0, pdf, 1024, noise.length); // every byte value, including 0x00 and 0xFF

        EvidenceItem item = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Bản quét",
                "Bản quét hồ sơ.pdf", pdf, new EvidenceDocument("3/BC-STP", LocalDate.of(2026, 2, 1), null, null));
        EvidenceFile file = library.content(fixtures.justiceSpecialist(), item.id());

        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.fileName()).isEqualTo("Bản quét hồ sơ.pdf");
        assertThat(item.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(file.content())));
        assertThat(item.docDate()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void referencesAndLinksAreReadBackByCriterion() {
        Period period = fixtures.openPeriod();
        EvidenceItem image = library.uploadFile(fixtures.justiceSpecialist(), fixtures.justice(), "Sơ đồ", "so-do",
                EvidenceSamples.png(), null);
        EvidenceItem reference = library.registerReference(fixtures.justiceHead(), fixtures.justice(), "Quy chế",
                "45/QĐ-STP", LocalDate.of(2025, 3, 2), "Sở Tư pháp", "Quy chế sử dụng", "https://stp.gov.vn/45");

        library.link(fixtures.justiceSpecialist(), image.id(), period.id(), "B6");
        library.link(fixtures.justiceSpecialist(), reference.id(), period.id(), "A2");
        library.link(fixtures.justiceSpecialist(), reference.id(), period.id(), "B6");

        var linked = library.linkedTo(period.id(), fixtures.justice());
        assertThat(linked.keySet()).containsExactly("A2", "B6");
        assertThat(linked.get("B6")).extracting(EvidenceItem::title).containsExactly("Quy chế", "Sơ đồ");
        assertThat(library.library(fixtures.justice())).extracting(EvidenceItem::fileName)
                .containsExactly(null, "so-do.png");
    }
}
