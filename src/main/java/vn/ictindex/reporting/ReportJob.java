package vn.ictindex.reporting;

import java.time.Instant;

/** A report generated in the background, as the jobs list and the progress bar show it. */
public record ReportJob(long id, String kind, long periodId, String owner, Status status, int progress,
                        String message, String fileName, Instant createdAt, Instant finishedAt) {

    public enum Status {
        QUEUED("Đang chờ"), RUNNING("Đang tạo"), DONE("Xong"), FAILED("Lỗi");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
