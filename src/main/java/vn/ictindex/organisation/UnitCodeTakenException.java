package vn.ictindex.organisation;

/** A unit code is already in the register; codes are never reused, even for units that ended. */
public class UnitCodeTakenException extends RuntimeException {

    public UnitCodeTakenException(String code) {
        super("Mã đơn vị «" + code + "» đã được dùng");
    }
}
