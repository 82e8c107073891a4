package vn.ictindex.scoring;

import java.math.BigInteger;

import static vn.ictindex.scoring.Decimals.dec;

/** Awards as guides write them: "5 điểm", "1/2 × điểm tối đa", "điểm tối đa". */
final class Awards {

    private Awards() {
    }

    static Award points(Number points) {
        return new Award.Points(dec(points));
    }

    static Award fraction(long numerator, long denominator) {
        return new Award.FractionOfMax(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Award fullMarks() {
        return fraction(1, 1);
    }

    static Award half() {
        return fraction(1, 2);
    }
}
