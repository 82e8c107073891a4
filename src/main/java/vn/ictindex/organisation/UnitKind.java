package vn.ictindex.organisation;

/** What kind of body a unit is; the label is what lists show. */
public enum UnitKind {
    DEPARTMENT("Sở, ban, ngành"),
    OFFICE("Văn phòng"),
    DISTRICT("UBND cấp huyện"),
    PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp"),
    OTHER("Khác");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
