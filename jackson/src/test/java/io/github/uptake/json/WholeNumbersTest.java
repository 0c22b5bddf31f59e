package io.github.uptake.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.testing.PropertyCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A whole number and one way of writing it in JSON. */
    record Written(long value, String text) {
    }

    /** A number with a non-zero fractional part, written in JSON. */
    record Fractional(String text) {
    }

    private static WholeNumbers.Read read(String json) {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            p.nextToken();
            return WholeNumbers.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWholeNumberReadsAsItselfInEveryNotation() {
        PropertyCheck.forAll(r -> {
            long v = r.nextInt(4) == 0 ? r.nextLong() : r.nextLong(-2_000_000_000_000L,
                    2_000_000_000_000L);
            BigDecimal d = BigDecimal.valueOf(v);
            int shift = r.nextInt(8);
            String text = switch (r.nextInt(4)) {
                case 0 -> Long.toString(v);
                case 1 -> d.setScale(1 + r.nextInt(5)).toPlainString();
                case 2 -> d.movePointLeft(shift).toPlainString() + "e" + shift;
                default -> d.movePointLeft(shift).toPlainString() + "E+" + shift;
            };
            return new Written(v, text);
        }).check("whole numbers read exactly", w -> {
            WholeNumbers.Read read = read(w.text());
            assertEquals(WholeNumbers.Issue.NONE, read.issue(), w.toString());
            assertEquals(w.value(), read.value(), w.toString());
        });
    }

    @Test
    void aFractionalPartIsRefusedHoweverSmall() {
        PropertyCheck.forAll(r -> {
            BigInteger whole = BigInteger.valueOf(r.nextLong(-1_000_000_000_000L,
                    1_000_000_000_000L));
            int digits = 1 + r.nextInt(25);
            BigInteger fraction = BigInteger.valueOf(1 + r.nextInt(9)).multiply(BigInteger.TEN
                    .pow(r.nextInt(digits)));
            BigDecimal d = new BigDecimal(whole).add(new BigDecimal(fraction, digits)
                    .multiply(BigDecimal.valueOf(whole.signum() < 0 ? -1 : 1)));
            return new Fractional(r.nextBoolean() ? d.toPlainString() : d.toString());
        }).check("fractional numbers are refused", f -> assertEquals(
                WholeNumbers.Issue.FRACTION, read(f.text()).issue(), f.toString()));
    }

    @Test
    void onlyNumbersAreNumbers() {
        for (String json : new String[] {"\"1234\"", "\"1.234\"", "true", "false", "{\"a\":1}",
                "[1]"}) {
            assertEquals(WholeNumbers.Issue.NOT_A_NUMBER, read(json).issue(), json);
        }
        assertEquals(WholeNumbers.Issue.TOO_LARGE, read("9223372036854775808").issue());
        assertEquals(Long.MAX_VALUE, read("9223372036854775807").value());
        assertEquals(Long.MIN_VALUE, read("-9223372036854775808").value());
        assertEquals(WholeNumbers.Issue.TOO_LARGE, read("9.223372036854775808e18").issue());
    }
}
