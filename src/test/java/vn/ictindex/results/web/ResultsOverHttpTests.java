package vn.ictindex.results.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.support.BrowserlessSession;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results screens through a real server: the public page without signing in, a snapshot saved by the department
 * with the form's CSRF token, and an agency kept away from its group's results before publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:results-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class ResultsOverHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    Periods periods;
    @Autowired
    ResultSnapshots snapshots;

    @Test
    void thePublicPageNeedsNoSignIn() throws Exception {
        HttpResponse<String> page = new BrowserlessSession(port).get("/cong-khai");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-group=\"PL-I\"", "data-rank=\"1\"", "results-chart");
    }

    @Test
    void theDepartmentSavesASnapshotWithTheFormsTokenAndNeverWithoutIt() throws Exception {
        Period current = periods.current().orElseThrow();
        String form = "/results/" + current.id() + "/PL-III/recompute";
        BrowserlessSession department = new BrowserlessSession(port);
        department.signIn("admin", "matkhau2026");

        HttpResponse<String> saved = department.submit(form, form,
                Map.of("kind", "PRELIMINARY", "reason", "Kết quả sơ bộ", "basedOn", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .endsWith("/results/" + current.id() + "/PL-III");
        assertThat(snapshots.history(current.id(), "PL-III")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("Kết quả sơ bộ"));
        assertThat(department.get("/results/" + current.id() + "/PL-III").body()).contains("Đã lưu bản kết quả");
    }

    @Test
    void anAgencyGetsNothingOfItsGroupBeforePublication() throws Exception {
        Period current = periods.current().orElseThrow();
        BrowserlessSession agency = new BrowserlessSession(port);
        agency.signIn("stp.chuyenvien", "matkhau2026");

        assertThat(agency.get("/results/" + current.id() + "/PL-I").statusCode()).isEqualTo(404);
        assertThat(agency.get("/results/unit").body()).contains("Chưa có kết quả năm " + current.year());
    }
}
