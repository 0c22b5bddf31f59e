package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.problem.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes published rates and finds those that do not match their own count and denominator.
 *
 * <p>A published rate with {@code s} decimals matches if rounding the true rate half-up, or
 * truncating it, to {@code s} decimals gives it; decided exactly in integers:
 * {@code (2P - 1) * den <= 2 * count * 100 * 10^s < (2P + 2) * den} with {@code P} the published
 * rate times {@code 10^s}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PublishedRateCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "rate.published-mismatch";

    /** Creates the check; it has no settings. */
    public PublishedRateCheck() {
        super(ID);
    }

    /**
     * Returns true if a published rate matches its count and denominator.
     *
     * @param rate  the published rate, not null
     * @return true if rounding half-up or truncating the true rate to the published number of
     *     decimals gives the published one
     * @throws NullPointerException if the rate is null
     */
    public static boolean matches(PublishedRate rate) {
        BigDecimal published = rate.publishedPercent();
        int scale = Math.max(0, published.scale());
        BigInteger p = published.movePointRight(scale).toBigIntegerExact();
        BigInteger den = BigInteger.valueOf(rate.denominator());
        BigInteger scaled = BigInteger.valueOf(rate.count()).multiply(BigInteger.valueOf(200))
                .multiply(BigInteger.TEN.pow(scale));
        BigInteger low = p.shiftLeft(1).subtract(BigInteger.ONE).multiply(den);
        BigInteger high = p.shiftLeft(1).add(BigInteger.TWO).multiply(den);
        return low.compareTo(scaled) <= 0 && scaled.compareTo(high) < 0;
    }

    @Override
    public List<Finding> run(QualityContext context) {
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        List<Finding> out = new ArrayList<>();
        for (PublishedRate r : context.publishedRates()) {
            if (matches(r)) {
                continue;
            }
            out.add(new Finding(ID, Severity.WARNING, r.unitCode(), r.segment(), r.date(),
                    r.source() + " ghi tỷ lệ " + r.rateText() + " nhưng " + vi.count(r.count())
                            + " / " + vi.count(r.denominator()) + " = "
                            + vi.percent(r.count(), r.denominator()) + ".",
                    r.source() + " published " + r.rateText() + " but " + en.count(r.count())
                            + " / " + en.count(r.denominator()) + " = "
                            + en.percent(r.count(), r.denominator()) + "."));
        }
        return out;
    }
}
