package vn.ictindex.account;

/** What a person does in the yearly cycle; each account has exactly one role. */
public enum Role {
    /** Department administrator (Sở TTTT): units, accounts, criteria sets, periods, the submission tracker. */
    ADMIN("Quản trị (Sở TTTT)", "Administrator (department)", false),
    /** The agency's IT focal person (cán bộ đầu mối CNTT): fills in the self-assessment. */
    SPECIALIST("Cán bộ đầu mối CNTT", "IT focal person", true),
    /** The agency's head (lãnh đạo đơn vị): reviews and submits the self-assessment. */
    HEAD("Lãnh đạo đơn vị", "Head of unit", true),
    /** A member of the appraisal council (thành viên Hội đồng thẩm định). */
    COUNCIL("Thành viên Hội đồng thẩm định", "Appraisal council member", false),
    /** Provincial leadership who read results. */
    VIEWER("Lãnh đạo (xem)", "Leadership viewer", false);

    private final String label;
    private final String labelEn;
    private final boolean bound;

    Role(String label, String labelEn, boolean bound) {
        this.label = label;
        this.labelEn = labelEn;
        this.bound = bound;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether an account with this role must belong to a unit. */
    public boolean boundToUnit() {
        return bound;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
