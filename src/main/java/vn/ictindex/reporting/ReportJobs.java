package vn.ictindex.reporting;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.assessment.Period;
import vn.ictindex.audit.AuditTrail;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Generates the whole-period workbook in the background. The job's state lives in the table {@code report_job}, so
 * the user can leave and come back, and any instance answers the progress poll; the instance that accepted the job
 * runs it on its own single worker thread (one big workbook at a time per instance keeps the heap bounded). A job
 * whose instance stopped shows no progress for {@link #ABANDONED_AFTER} and is then marked failed. A user has at most
 * one unfinished job per kind and period: starting it again while it runs joins it. Finished jobs, and their files, are
 * kept for {@link #KEPT_FOR}.
 */
@Service
public class ReportJobs {

    public static final String PERIOD_WORKBOOK = "PERIOD_WORKBOOK";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);
    /** How long a finished job and its file stay in the list; the audit trail keeps the request. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final String COLUMNS = "id, kind, period_id, owner, status, progress, message, file_name, "
            + "created_at, finished_at";

    private final JdbcClient jdbc;
    private final PeriodScores scores;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-jobs");
        t.setDaemon(true);
        return t;
    });

    ReportJobs(JdbcClient jdbc, PeriodScores scores, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.scores = scores;
        this.audit = audit;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Queues the whole-period workbook (FINAL layer); it starts once this transaction has committed. When the user's
     * workbook for this period is already queued or running (a second click, a second tab), that job is returned and
     * nothing new is started.
     *
     * @throws ReportNotFoundException when the user may not see every unit's scores, or the period does not exist
     * @throws org.springframework.dao.DuplicateKeyException when another request started the same job at the same
     *                                                       moment; {@link #unfinished} then finds it
     */
    @Transactional
    public ReportJob startPeriodWorkbook(CurrentUser user, long periodId) {
        Period period = scores.period(user, periodId);
        markAbandoned();
        Optional<ReportJob> running = unfinished(user, periodId);
        if (running.isPresent()) {
            return running.get();
        }
        Instant now = clock.instant();
        String fileName = "tong-hop-diem-" + period.year() + ".xlsx";
        String key = activeKey(PERIOD_WORKBOOK, periodId, user.username());
        jdbc.sql("""
                        INSERT INTO report_job (kind, period_id, owner, status, progress, file_name, created_at,
                            updated_at, active_key)
                        VALUES (:kind, :period, :owner, 'QUEUED', 0, :file, :now, :now, :key)""")
                .param("kind", PERIOD_WORKBOOK).param("period", periodId).param("owner", user.username())
                .param("file", fileName).param("now", Timestamp.from(now)).param("key", key).update();
        long id = jdbc.sql("SELECT id FROM report_job WHERE active_key = :key").param("key", key)
                .query(Long.class).single();
        audit.record(user.username(), "REPORT_JOB_STARTED", "report_job", String.valueOf(id), null, periodId, null,
                PERIOD_WORKBOOK, "Bảng tổng hợp điểm cả kỳ " + period.year());
        Runnable run = () -> worker.submit(() -> run(id));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    run.run();
                }
            });
        } else {
            run.run();
        }
        return job(id).orElseThrow();
    }

    /** The user's queued or running whole-period workbook for the period, if there is one. */
    public Optional<ReportJob> unfinished(CurrentUser user, long periodId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_job WHERE active_key = :key")
                .param("key", activeKey(PERIOD_WORKBOOK, periodId, user.username())).query(ROW).optional();
    }

    private static String activeKey(String kind, long periodId, String owner) {
        return kind + ":" + periodId + ":" + owner;
    }

    void run(long id) {
        ReportJob job = job(id).orElse(null);
        if (job == null || job.status() != ReportJob.Status.QUEUED) {
            return;
        }
        try {
            progress(id, ReportJob.Status.RUNNING, 1);
            Period period = scores.periodForJob(job.periodId());
            List<GroupScores> groups = scores.groups(period, ScoreLayer.FINAL);
            progress(id, ReportJob.Status.RUNNING, 10);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int[] last = {10};
            PeriodWorkbook.write("BẢNG TỔNG HỢP ĐIỂM, XẾP HẠNG MỨC ĐỘ ỨNG DỤNG CNTT NĂM " + period.year()
                    + " (điểm chính thức)", groups, true, out, (done, of) -> {
                int percent = 10 + (int) (85L * done / Math.max(of, 1));
                if (percent >= last[0] + 5) {
                    last[0] = percent;
                    progress(id, ReportJob.Status.RUNNING, percent);
                }
            });
            Instant now = clock.instant();
            jdbc.sql("""
                            UPDATE report_job SET status = 'DONE', progress = 100, content = :content,
                                updated_at = :now, finished_at = :now, active_key = NULL WHERE id = :id""")
                    .param("content", out.toByteArray()).param("now", Timestamp.from(now)).param("id", id).update();
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Report job {} failed", id, e);
            Instant now = clock.instant();
            jdbc.sql("""
                            UPDATE report_job SET status = 'FAILED', message = :message, updated_at = :now,
                                finished_at = :now, active_key = NULL WHERE id = :id""")
                    .param("message", "Không tạo được tệp; hãy thử lại hoặc báo quản trị hệ thống.")
                    .param("now", Timestamp.from(now)).param("id", id).update();
        }
    }

    private void progress(long id, ReportJob.Status status, int percent) {
        jdbc.sql("UPDATE report_job SET status = :status, progress = :p, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("p", percent).param("now", Timestamp.from(clock.instant()))
                .param("id", id).update();
    }

    /** The user's jobs, newest first (an administrator sees everybody's). */
    public List<ReportJob> list(CurrentUser user) {
        markAbandoned();
        removeExpired();
        return user.isAdmin()
                ? jdbc.sql("SELECT " + COLUMNS + " FROM report_job ORDER BY id DESC").query(ROW).list()
                : jdbc.sql("SELECT " + COLUMNS + " FROM report_job WHERE owner = :o ORDER BY id DESC")
                .param("o", user.username()).query(ROW).list();
    }

    /** @throws ReportNotFoundException unless the user owns the job or is an administrator */
    public ReportJob find(CurrentUser user, long id) {
        markAbandoned();
        return job(id).filter(j -> user.isAdmin() || j.owner().equals(user.username()))
                .orElseThrow(() -> new ReportNotFoundException("Không có tệp này, hoặc bạn không được tải"));
    }

    /** The finished file, for its owner or an administrator. */
    public byte[] content(CurrentUser user, long id) {
        ReportJob job = find(user, id);
        if (job.status() != ReportJob.Status.DONE) {
            throw new ReportNotFoundException("Tệp chưa tạo xong");
        }
        return jdbc.sql("SELECT content FROM report_job WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    Optional<ReportJob> job(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_job WHERE id = :id").param("id", id).query(ROW)
                .optional();
    }

    private void markAbandoned() {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE report_job SET status = 'FAILED', message = :message, finished_at = :now,
                            active_key = NULL
                        WHERE status IN ('QUEUED', 'RUNNING') AND updated_at < :cutoff""")
                .param("message", "Việc tạo tệp đã dừng giữa chừng (máy chủ khởi động lại); hãy tạo lại.")
                .param("now", Timestamp.from(now)).param("cutoff", Timestamp.from(now.minus(ABANDONED_AFTER)))
                .update();
    }

    /** Deletes finished jobs, files included, older than {@link #KEPT_FOR}. */
    private void removeExpired() {
        jdbc.sql("DELETE FROM report_job WHERE finished_at IS NOT NULL AND finished_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(KEPT_FOR))).update();
    }

    private static final RowMapper<ReportJob> ROW = (rs, n) -> new ReportJob(rs.getLong("id"), rs.getString("kind"),
            rs.getLong("period_id"), rs.getString("owner"), ReportJob.Status.valueOf(rs.getString("status")),
            rs.getInt("progress"), rs.getString("message"), rs.getString("file_name"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")));

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
