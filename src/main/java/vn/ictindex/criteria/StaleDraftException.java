package vn.ictindex.criteria;

/** A draft (or a crosswalk) changed since the editor read it (another officer's edit, another tab): the edit was not applied. */
public class StaleDraftException extends RuntimeException {

    public StaleDraftException(String versionId) {
        super("Dự thảo " + versionId + " vừa được sửa ở nơi khác; thay đổi của bạn chưa được lưu. Trang đã tải lại"
                + " dự thảo mới nhất, nội dung bạn nhập vẫn còn trong ô bên dưới.");
    }

    private StaleDraftException(String message, boolean ignored) {
        super(message);
    }

    /** A crosswalk confirmed by someone else since the page was read. */
    public static StaleDraftException crosswalk(String fromTo) {
        return new StaleDraftException("Bảng tương ứng " + fromTo + " vừa được xác nhận ở nơi khác; trang đã tải lại"
                + " bảng mới nhất.", true);
    }
}
