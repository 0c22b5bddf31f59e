package io.github.uptake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link IsoDayValidator}: a day that exists, written yyyy-MM-dd. */
class IsoDayValidatorTest {
    private final IsoDayValidator validator = new IsoDayValidator();

    @Test
    void readsDaysThatExist() {
        assertEquals(Optional.of(LocalDate.of(2020, 8, 15)), IsoDayValidator.parse("2020-08-15"));
        assertEquals(Optional.of(LocalDate.of(0, 1, 1)), IsoDayValidator.parse("0000-01-01"));
        assertEquals(Optional.of(LocalDate.of(9999, 12, 31)), IsoDayValidator.parse("9999-12-31"));
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid(new StringBuilder("2020-02-29"), null));
    }

    @Test
    void february29IsADayExactlyInLeapYears() {
        for (int year = 0; year <= 9999; year++) {
            String text = String.format("%04d-02-29", year);
            assertEquals(Year.isLeap(year), IsoDayValidator.parse(text).isPresent(), text);
            assertEquals(Year.isLeap(year), validator.isValid(text, null), text);
            assertEquals(Optional.empty(), IsoDayValidator.parse(String.format("%04d-02-30", year)));
        }
    }

    @Test
    void refusesOtherFormsAndDaysThatDoNotExist() {
        for (String text : List.of("2020-02-30", "2019-02-29", "1900-02-29", "2020-04-31",
                "2020-13-01", "2020-00-01", "2020-01-00", "2020-01-32", "+10000-01-01",
                "-0001-01-01", "+2020-08-15", "2020-8-15", "20200815", "15/08/2020",
                " 2020-08-15", "2020-08-15 ", "2020-08-15T00:00", "2020-08-15Z", "",
                "\u0662\u0660\u0662\u0660-\u0660\u0668-\u0661\u0665",
                "\uFF12\uFF10\uFF12\uFF10-08-15", "2020_08_15", "2020-08/15")) {
            assertEquals(Optional.empty(), IsoDayValidator.parse(text), text);
            assertEquals(false, validator.isValid(text, null), text);
        }
        assertEquals(Optional.empty(), IsoDayValidator.parse(null));
    }
}
