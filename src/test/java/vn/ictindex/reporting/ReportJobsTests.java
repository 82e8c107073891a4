package vn.ictindex.reporting;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Periods;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole-period workbook as a background job: queued after the request's transaction commits, progress in the
 * table, the file for its owner and administrators only. Not transactional: the job runs on its own thread.
 */
@SpringBootTest
class ReportJobsTests {

    static final CurrentUser ADMIN = new CurrentUser(1, "jobs-admin", "Quản trị", Role.ADMIN, null, null, true);
    static final CurrentUser COUNCIL = new CurrentUser(3, "jobs-council", "Hội đồng", Role.COUNCIL, null, null, true);
    static final CurrentUser VIEWER = new CurrentUser(5, "jobs-viewer", "Lãnh đạo", Role.VIEWER, null, null, true);

    @Autowired
    ReportJobs jobs;
    @Autowired
    Periods periods;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeriodScores scores;

    @AfterEach
    void removeTheJobs() {
        // by name: under the Vietnamese collation of the H2 test database, LIKE 'jobs-%' matches nothing
        jdbc.sql("DELETE FROM report_job WHERE owner IN ('jobs-admin', 'jobs-council', 'jobs-council2', 'jobs-viewer')")
                .update();
    }

    private ReportJob finished(CurrentUser owner, long id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            ReportJob job = jobs.find(owner, id);
            if (job.finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Test
    void theWorkbookIsGeneratedInTheBackgroundAndKeptForItsOwner() throws Exception {
        long period = periods.current().orElseThrow().id();

        ReportJob queued = jobs.startPeriodWorkbook(COUNCIL, period);
        assertThat(queued.status()).isIn(ReportJob.Status.QUEUED, ReportJob.Status.RUNNING, ReportJob.Status.DONE);
        ReportJob done = finished(COUNCIL, queued.id());

        assertThat(done.status()).isEqualTo(ReportJob.Status.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(jobs.list(COUNCIL)).extracting(ReportJob::id).contains(done.id());
        // units whose appendix the period's criteria version has (a demo unit names one it does not)
        java.util.Set<String> appendices = new java.util.HashSet<>();
        scores.appendices(periods.find(period).orElseThrow()).forEach(a -> appendices.add(a.id()));
        Map<String, Long> perAppendix = new java.util.HashMap<>();
        periods.participants(period).values().stream().filter(appendices::contains)
                .forEach(a -> perAppendix.merge(a, 1L, Long::sum));
        long participants = perAppendix.values().stream().mapToLong(Long::longValue).sum();
        try (XSSFWorkbook workbook = Workbooks.open(jobs.content(COUNCIL, done.id()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(PeriodWorkbook.SUMMARY_SHEET);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + perAppendix.size());
            // a title, a blank row, the header, then per group a merged row, the row naming the source, its units
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2 + 2 * perAppendix.size() + participants);
            perAppendix.forEach((appendix, units) -> assertThat(workbook.getSheet(appendix).getLastRowNum())
                    .isEqualTo(PeriodWorkbook.DETAIL_FIRST_ROW - 1 + units.intValue()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(jobs.content(ADMIN, done.id())).isNotEmpty();
    }

    @Test
    void onlyTheOwnerOrAnAdministratorSeesAJobAndOnlyStaffStartOne() throws Exception {
        long period = periods.current().orElseThrow().id();
        ReportJob job = jobs.startPeriodWorkbook(ADMIN, period);
        finished(ADMIN, job.id());

        CurrentUser otherCouncil = new CurrentUser(4, "jobs-council2", "Hội đồng 2", Role.COUNCIL, null, null, true);
        assertThatThrownBy(() -> jobs.find(otherCouncil, job.id())).isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> jobs.content(otherCouncil, job.id())).isInstanceOf(ReportNotFoundException.class);
        assertThat(jobs.list(otherCouncil)).isEmpty();
        assertThatThrownBy(() -> jobs.startPeriodWorkbook(VIEWER, period)).isInstanceOf(ReportNotFoundException.class);
    }
    /** A job row as another request or another instance left it. */
    private long jobRow(CurrentUser owner, long period, String status, java.time.Instant updated,
                        java.time.Instant finished, String activeKey) {
        jdbc.sql("""
                        INSERT INTO report_job (kind, period_id, owner, status, progress, file_name, created_at,
                            updated_at, finished_at, active_key)
                        VALUES ('PERIOD_WORKBOOK', :period, :owner, :status, 40, 'tong-hop.xlsx', :updated, :updated,
                            :finished, :key)""")
                .param("period", period).param("owner", owner.username()).param("status", status)
                .param("updated", java.sql.Timestamp.from(updated))
                .param("finished", finished == null ? null : java.sql.Timestamp.from(finished))
                .param("key", activeKey).update();
        return jdbc.sql("SELECT MAX(id) FROM report_job WHERE owner = :o").param("o", owner.username())
                .query(Long.class).single();
    }

    @Test
    void startingAgainWhileTheWorkbookIsBeingMadeJoinsThatJob() {
        long period = periods.current().orElseThrow().id();
        long running = jobRow(COUNCIL, period, "RUNNING", java.time.Instant.now(), null,
                "PERIOD_WORKBOOK:" + period + ":" + COUNCIL.username());

        ReportJob again = jobs.startPeriodWorkbook(COUNCIL, period);

        assertThat(again.id()).isEqualTo(running);
        assertThat(jobs.list(COUNCIL)).hasSize(1);
        assertThat(jobs.unfinished(COUNCIL, period)).map(ReportJob::id).contains(running);
    }

    @Test
    void twoStartsAtTheSameMomentCannotBothInsertAJob() {
        long period = periods.current().orElseThrow().id();
        String key = "PERIOD_WORKBOOK:" + period + ":" + COUNCIL.username();
        jobRow(COUNCIL, period, "QUEUED", java.time.Instant.now(), null, key);

        assertThatThrownBy(() -> jobRow(COUNCIL, period, "QUEUED", java.time.Instant.now(), null, key))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void aJobLeftBehindByAStoppedServerIsFailedAndANewOneStarts() throws Exception {
        long period = periods.current().orElseThrow().id();
        long stuck = jobRow(ADMIN, period, "RUNNING", java.time.Instant.now().minus(java.time.Duration.ofMinutes(20)),
                null, "PERIOD_WORKBOOK:" + period + ":" + ADMIN.username());

        ReportJob fresh = jobs.startPeriodWorkbook(ADMIN, period);

        assertThat(fresh.id()).isNotEqualTo(stuck);
        assertThat(jobs.find(ADMIN, stuck).status()).isEqualTo(ReportJob.Status.FAILED);
        assertThat(finished(ADMIN, fresh.id()).status()).isEqualTo(ReportJob.Status.DONE);
        assertThat(jobs.unfinished(ADMIN, period)).isEmpty();
    }

    @Test
    void finishedJobsAreKeptThirtyDaysThenRemovedWithTheirFiles() {
        long period = periods.current().orElseThrow().id();
        java.time.Instant now = java.time.Instant.now();
        long old = jobRow(COUNCIL, period, "DONE", now.minus(java.time.Duration.ofDays(31)),
                now.minus(java.time.Duration.ofDays(31)), null);
        long recent = jobRow(COUNCIL, period, "DONE", now.minus(java.time.Duration.ofDays(29)),
                now.minus(java.time.Duration.ofDays(29)), null);

        assertThat(jobs.list(COUNCIL)).extracting(ReportJob::id).containsExactly(recent);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_job WHERE id = :id").param("id", old).query(Long.class)
                .single()).isZero();
    }
}
