package vn.ictindex.appraisal;

import java.time.Instant;

/** Someone changed the same field of the layer after this user loaded it; nothing was overwritten. */
public class StaleLayerException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;

    public StaleLayerException(String savedBy, Instant savedAt) {
        super((savedBy == null ? "Người khác" : savedBy) + " vừa lưu giá trị này sau khi bạn mở trang; thay đổi của "
                + "bạn chưa được lưu. Hãy tải lại để xem giá trị mới rồi sửa tiếp.");
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
