package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The classification bands (Tốt / Khá / Trung bình / Yếu), applied to the rounded basis value. */
public record Classification(Basis basis, List<Band> bands) {

    public Classification {
        bands = List.copyOf(bands);
    }

    public Optional<Band> bandFor(BigDecimal value) {
        return bands.stream().filter(b -> b.interval().contains(value)).findFirst();
    }

    public record Band(String label, String labelEn, Interval interval) {
    }
}
