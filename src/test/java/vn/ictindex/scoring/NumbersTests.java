package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1250.5      | 1.250,5",
            "13.80       | 13,8",
            "0.5         | 0,5",
            "0.00        | 0",
            "999         | 999",
            "1000        | 1.000",
            "1E+3        | 1.000",
            "1234567.891 | 1.234.567,891",
            "-1250.5     | −1.250,5",
            "100         | 100"
    })
    void plainDropsTrailingZerosAndUsesVietnameseSeparators(String value, String expected) {
        assertThat(Numbers.plain(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1} places → {2}")
    @CsvSource(delimiter = '|', value = {
            "1250.5 | 2 | 1.250,50",
            "13.8   | 2 | 13,80",
            "2.345  | 2 | 2,35",
            "2.344  | 2 | 2,34",
            "0      | 2 | 0,00",
            "429.996| 2 | 430,00",
            "-5     | 2 | −5,00",
            "13.8   | 0 | 14",
            "1234.5 | 3 | 1.234,500"
    })
    void fixedShowsExactlyTheDecimalsAskedRoundingHalfUp(String value, int decimals, String expected) {
        assertThat(Numbers.fixed(new BigDecimal(value), decimals)).isEqualTo(expected);
    }

    @Test
    void negativeNumbersUseTheMinusSign() {
        assertThat(Numbers.plain(new BigDecimal("-3"))).isEqualTo("\u22123");
    }
}
