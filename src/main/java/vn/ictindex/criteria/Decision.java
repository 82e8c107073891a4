package vn.ictindex.criteria;

import java.time.LocalDate;

/** The decision that issued a criteria version (Quyết định số … ngày … của …). */
public record Decision(String number, LocalDate date, String signer) {
}
