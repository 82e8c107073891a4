package vn.ictindex.consultation.web;

import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.VersionDiff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The cover letter proposed for a new round, modelled on the seed letter (382/STTTT-BCVT&CNTT): what the draft is,
 * what changed (for the department to complete), the deadline, and that no answer counts as agreement.
 */
final class CoverLetter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CoverLetter() {
    }

    /**
     * @param department the drafting department, as the settings name it ({@code ictindex.documents.department})
     * @param amendments what changed against the superseded version, if it is stored: its summary becomes the
     *                   letter's list of changes; otherwise the department completes the list
     */
    static String proposal(String department, CriteriaVersion draft, LocalDate deadline,
                           java.util.Optional<VersionDiff> amendments) {
        StringBuilder letter = new StringBuilder();
        letter.append(department).append(" đã xây dựng xong Dự thảo ").append(draft.title());
        if (draft.supersedes() != null) {
            letter.append(" (sửa đổi, bổ sung và thay thế bộ tiêu chí ").append(draft.supersedes()).append(')');
        }
        letter.append(".\n\nNhững nội dung điều chỉnh, bổ sung:\n");
        if (amendments.isPresent()) {
            letter.append(amendments.get().summary().paragraph().strip()).append('\n')
                    .append("Chi tiết tại Phụ lục những nội dung điều chỉnh, bổ sung kèm theo.\n\n");
            return closing(letter, deadline);
        }
        letter.append("1. Về bố cục của dự thảo Bộ tiêu chí: …\n");
        letter.append("2. Về nhóm đối tượng đánh giá: ").append(draft.appendices().size()).append(" phụ lục (")
                .append(String.join(", ", draft.appendices().stream().map(a -> a.id()).toList())).append(").\n");
        letter.append("3. Về cơ cấu tổng số điểm đánh giá và điểm phân loại, xếp hạng: …\n");
        letter.append("4. Những điều chỉnh, bổ sung trong từng nhóm tiêu chí: chi tiết tại Phụ lục những nội dung ")
                .append("điều chỉnh, bổ sung kèm theo.\n\n");
        return closing(letter, deadline);
    }

    private static String closing(StringBuilder letter, LocalDate deadline) {
        letter.append("Đề nghị các cơ quan, đơn vị, địa phương và các thành viên Hội đồng thẩm định nghiên cứu, ")
                .append("góp ý dự thảo trên hệ thống trước ngày ").append(deadline.format(DAY))
                .append(". Quá thời hạn trên, cơ quan, đơn vị không có ý kiến được xem như thống nhất với dự thảo.");
        return letter.toString();
    }
}
