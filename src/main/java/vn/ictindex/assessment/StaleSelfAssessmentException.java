package vn.ictindex.assessment;

import java.time.Instant;

/** Someone saved the self-assessment after this editor loaded it; nothing was overwritten. */
public class StaleSelfAssessmentException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;

    public StaleSelfAssessmentException(String savedBy, Instant savedAt) {
        super("Bản tự đánh giá đã được " + savedBy + " lưu sau khi bạn mở trang; thay đổi của bạn chưa được lưu");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
