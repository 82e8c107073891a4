package vn.ictindex.criteria;

/** A draft changed since the editor read it (another officer's edit, another tab): the edit was not applied. */
public class StaleDraftException extends RuntimeException {

    public StaleDraftException(String versionId) {
        super("Dự thảo " + versionId + " vừa được sửa ở nơi khác; thay đổi của bạn chưa được lưu. Trang đã tải lại"
                + " dự thảo mới nhất, nội dung bạn nhập vẫn còn trong ô bên dưới.");
    }
}
