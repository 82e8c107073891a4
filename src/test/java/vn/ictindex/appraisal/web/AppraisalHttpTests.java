package vn.ictindex.appraisal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.appraisal.AppraisalFixture;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.AssessmentStatus;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.BrowserlessSession;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The appraisal screens over real HTTP, signed in through the login form: CSRF, roles, units, no stack traces. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:appraisal-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class AppraisalHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    ScoreLayers layers;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    long justice;
    Period period;
    String page;

    @BeforeEach
    void justiceHasSubmitted() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        period = periods.current().orElseThrow();
        if (assessments.find(period.id(), justice).map(SelfAssessment::status).orElse(null)
                != AssessmentStatus.SUBMITTED) {
            AppraisalFixture.submittedByABestUnit(assessments, jdbc, period, justice);
        }
        page = "/appraisal/periods/" + period.id() + "/units/" + justice;
    }

    @Test
    void theDepartmentAdjustsANodeThroughTheFormWithItsToken() throws Exception {
        BrowserlessSession admin = new BrowserlessSession(port);
        admin.signIn("admin", "matkhau2026");

        HttpResponse<String> saved = admin.submit(page, page + "/nodes/B2",
                Map.of("f:computers_networked", "10", "v:computers_networked", "",
                        "reason", "Chỉ 10 máy nối mạng theo biên bản"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(layers.values(period.id(), justice, ScoreLayer.COMPILED).field("computers_networked"))
                .isEqualTo("10");
        assertThat(admin.get(page).body()).contains("Chỉ 10 máy nối mạng theo biên bản");
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        BrowserlessSession admin = new BrowserlessSession(port);
        admin.signIn("admin", "matkhau2026");
        HttpClient raw = HttpClient.newHttpClient();

        HttpResponse<String> refused = raw.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page
                        + "/nodes/B1")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("f:staff_with_pc=1&reason=x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isIn(302, 403);
        assertThat(layers.values(period.id(), justice, ScoreLayer.COMPILED).field("staff_with_pc"))
                .isNotEqualTo("1");
    }

    @Test
    void otherRolesAndUnitsAreTurnedAwayWithoutAStackTrace() throws Exception {
        BrowserlessSession health = new BrowserlessSession(port);
        health.signIn("syt.chuyenvien", "matkhau2026");
        HttpResponse<String> otherUnit = health.get(page);
        assertThat(otherUnit.statusCode()).isEqualTo(404);
        assertThat(otherUnit.body()).doesNotContain("Exception", "at vn.", "Sở Tư pháp");
        assertThat(health.get("/appraisal/compilation").statusCode()).isEqualTo(403);

        BrowserlessSession council = new BrowserlessSession(port);
        council.signIn("hoidong", "matkhau2026");
        assertThat(council.get(page).statusCode()).isEqualTo(404);
        assertThat(council.get("/appraisal/council").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = council.submit("/appraisal/assigned", page + "/sign-off", Map.of());
        assertThat(refused.statusCode()).isIn(302, 404);
        assertThat(periods.find(period.id())).isPresent();

        BrowserlessSession justiceSpecialist = new BrowserlessSession(port);
        justiceSpecialist.signIn("stp.chuyenvien", "matkhau2026");
        HttpResponse<String> own = justiceSpecialist.get(page);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Trang chỉ để xem").doesNotContain("id=\"adjust-B1\"");
    }
}
