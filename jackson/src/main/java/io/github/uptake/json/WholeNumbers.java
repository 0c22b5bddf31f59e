package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a JSON value as a whole number exactly, the one rule for every count and every whole
 * number of Uptake's types. Not part of the API.
 *
 * <p>A JSON number is accepted when its value is a whole number that fits a {@code long}, however
 * it is written: {@code 1234}, {@code 1234.0}, {@code 1.234e3}. JSON has a single number type,
 * and producers whose numbers are doubles (JavaScript, spreadsheets, data frames) write whole
 * numbers that way; the value is exact, so nothing is rounded or cut off. The decision is made on
 * the number's decimal text ({@link JsonParser#getDecimalValue()}), never on a {@code double}, so
 * {@code 1234.0000000000000001} is refused. Refused: a fractional part ({@code 1234.9}), any text,
 * even {@code "1234"} (in Vietnamese {@code "1.234"} is 1234 and in English 1.234: a program that
 * quotes a number has formatted it for people, and guessing is how figures get corrupted),
 * {@code true}, objects, arrays, {@code NaN} and numbers beyond a {@code long}. This class is
 * stateless and thread-safe.
 */
final class WholeNumbers {
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Why a value is not a whole number. */
    enum Issue {
        /** It is one. */
        NONE,
        /** A number with a fractional part. */
        FRACTION,
        /** Not a number at all: text, a boolean, an object, an array, NaN. */
        NOT_A_NUMBER,
        /** A whole number beyond a {@code long}. */
        TOO_LARGE
    }

    /**
     * The outcome of reading a value.
     *
     * @param value  the number when {@code issue} is {@code NONE}, 0 otherwise
     * @param issue  why it was refused, {@code NONE} if it was not, not null
     * @param raw  the value as written, for a problem's raw value, not null
     */
    record Read(long value, Issue issue, String raw) {
        boolean ok() {
            return issue == Issue.NONE;
        }
    }

    private WholeNumbers() {
    }

    /**
     * Reads the value at the parser's current token, which must not be {@code null}; an object or
     * an array is skipped whole.
     *
     * @param p  the parser, on the value's first token, not null
     * @return the outcome, not null
     * @throws IOException if the input cannot be read
     */
    static Read read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            String raw = p.getText();
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return new Read(0, Issue.TOO_LARGE, raw);
            }
            return new Read(p.getLongValue(), Issue.NONE, raw);
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            String raw = p.getText();
            if (p.isNaN()) {
                return new Read(0, Issue.NOT_A_NUMBER, raw);
            }
            BigDecimal d;
            try {
                d = p.getDecimalValue();
            } catch (NumberFormatException e) {
                return new Read(0, Issue.NOT_A_NUMBER, raw);
            }
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                return new Read(0, Issue.FRACTION, raw);
            }
            if (d.compareTo(MAX) > 0 || d.compareTo(MIN) < 0) {
                return new Read(0, Issue.TOO_LARGE, raw);
            }
            return new Read(d.longValueExact(), Issue.NONE, raw);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return new Read(0, Issue.NOT_A_NUMBER, t == JsonToken.START_OBJECT ? "{…}" : "[…]");
        }
        return new Read(0, Issue.NOT_A_NUMBER, p.getText());
    }
}
