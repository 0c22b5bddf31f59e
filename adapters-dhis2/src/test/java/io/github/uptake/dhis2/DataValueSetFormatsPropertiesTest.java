package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.problem.Validated;
import io.github.uptake.testing.Generator;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.Shrinker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round trips through each layout: a set written then read back gives the same values (lines
 * aside), for generated sets whose texts hold the characters each layout must quote or escape.
 */
class DataValueSetFormatsPropertiesTest {
    /** Pieces of free text: separators, quotes, line breaks, markup and Vietnamese NFC words. */
    private static final List<String> TEXT = List.of("Trạm Y tế", "xã Mỹ Yên", "Bến Lức",
            "đã đối chiếu", "Cần Giuộc", "người dùng", ",", ";", "\"", "'", "\n", "\r\n", "\r",
            "\t", " ", "<", ">", "&", "]]>", "&amp;", "#", "=", "😀", "ư", "Ơ", "\u00a0");
    private static final List<String> CODES = List.of("BLUEZONE_USERS", "BLUEZONE_DAILY", "80",
            "794", "808", "27694", "27697", "NU", "VIETTEL", "DEFAULT", "Mã,có phẩy", "Mã;chấm",
            "Mã \"ngoặc\"", "<&>", "đơn_vị", "a b");
    private static final List<String> VALUES = List.of("0", "12", "0012", "1234.0", "1e3",
            "-0", "1 234", "mười hai", "5;6", "7,5", "\"9\"", "<10>", "&");
    private static final List<String> PERIODS = List.of("202008", "2020W33", "2020-08",
            "20200230", "2020Q3", "hôm qua");

    private static String pick(SplittableRandom r, List<String> pool) {
        return pool.get(r.nextInt(pool.size()));
    }

    private static String text(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(pick(r, TEXT));
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static String code(SplittableRandom r) {
        if (r.nextInt(3) > 0) {
            return pick(r, CODES);
        }
        StringBuilder b = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        for (int i = 1 + r.nextInt(11); i > 0; i--) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String period(SplittableRandom r) {
        if (r.nextInt(4) > 0) {
            return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(800)).toString().replace("-", "");
        }
        return pick(r, PERIODS);
    }

    private static String orNull(SplittableRandom r, Function<SplittableRandom, String> g) {
        return r.nextInt(4) == 0 ? null : g.apply(r);
    }

    /** Any value: every field may be null. */
    private static DataValue anyValue(SplittableRandom r) {
        return new DataValue(orNull(r, DataValueSetFormatsPropertiesTest::code),
                orNull(r, DataValueSetFormatsPropertiesTest::period),
                orNull(r, DataValueSetFormatsPropertiesTest::code),
                orNull(r, DataValueSetFormatsPropertiesTest::code),
                orNull(r, DataValueSetFormatsPropertiesTest::code),
                orNull(r, q -> pick(q, VALUES)),
                orNull(r, DataValueSetFormatsPropertiesTest::text),
                orNull(r, q -> q.nextBoolean() ? "2020-08-16T08:30:00.000+0700" : text(q)),
                orNull(r, DataValueSetFormatsPropertiesTest::text), 0);
    }

    /** A value ADX can hold: org unit, period, data element and value present, no storedBy. */
    private static DataValue adxValue(SplittableRandom r) {
        return new DataValue(code(r), period(r), code(r),
                orNull(r, DataValueSetFormatsPropertiesTest::code),
                orNull(r, DataValueSetFormatsPropertiesTest::code), pick(r, VALUES), null, null,
                orNull(r, DataValueSetFormatsPropertiesTest::text), 0);
    }

    private static Generator<DataValueSet> sets(Generator<DataValue> values) {
        return r -> {
            List<DataValue> list = new ArrayList<>();
            for (int i = r.nextInt(9); i > 0; i--) {
                // Repeat a unit and period at times, so ADX groups hold several values.
                list.add(!list.isEmpty() && r.nextInt(3) == 0
                        ? sameGroup(values.generate(r), list.get(r.nextInt(list.size())))
                        : values.generate(r));
            }
            return DataValueSet.of(r.nextInt(4) == 0 ? null : code(r), list);
        };
    }

    private static DataValue sameGroup(DataValue v, DataValue as) {
        return new DataValue(v.dataElement(), as.period(), as.orgUnit(), v.categoryOptionCombo(),
                as.attributeOptionCombo(), v.value(), v.storedBy(), v.lastUpdated(), v.comment(),
                0);
    }

    /** Proposes the set without one of its values, then without its data set. */
    private static final Shrinker<DataValueSet> SMALLER = set -> {
        List<DataValueSet> smaller = new ArrayList<>();
        for (int i = 0; i < set.dataValues().size(); i++) {
            List<DataValue> less = new ArrayList<>(set.dataValues());
            less.remove(i);
            smaller.add(new DataValueSet(set.dataSet(), less));
        }
        if (set.dataSet().isPresent()) {
            smaller.add(new DataValueSet(Optional.empty(), set.dataValues()));
        }
        return smaller;
    };

    private static DataValueSet roundTrip(Dhis2Format format, DataValueSet set) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(set, out);
            Validated<DataValueSet> back = format.read("round-trip" + format.extension(),
                    new ByteArrayInputStream(out.toByteArray()));
            if (!back.isValid()) {
                throw new AssertionError(back.errors() + "\nin:\n"
                        + out.toString(StandardCharsets.UTF_8));
            }
            return back.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DataValue> withoutLines(List<DataValue> values) {
        return values.stream().map(DataValue::withoutLine).toList();
    }

    @Test
    void jsonWrittenThenReadGivesTheSameSet() {
        PropertyCheck.forAll(sets(DataValueSetFormatsPropertiesTest::anyValue))
                .shrinkWith(SMALLER)
                .check("JSON round trip", set -> {
                    DataValueSet back = roundTrip(Dhis2Format.JSON, set);
                    assertEquals(set.dataSet(), back.dataSet());
                    assertEquals(set.dataValues(), withoutLines(back.dataValues()));
                });
    }

    @Test
    void csvWrittenThenReadGivesTheSameValues() {
        PropertyCheck.forAll(sets(DataValueSetFormatsPropertiesTest::anyValue))
                .shrinkWith(SMALLER)
                .check("CSV round trip", set -> {
                    DataValueSet back = roundTrip(Dhis2Format.CSV, set);
                    assertEquals(Optional.empty(), back.dataSet(), "CSV has no data set");
                    assertEquals(set.dataValues(), withoutLines(back.dataValues()));
                });
    }

    @Test
    void adxWrittenThenReadGivesTheSameValuesGroupedByUnitPeriodAndAttributeCombo() {
        PropertyCheck.forAll(sets(DataValueSetFormatsPropertiesTest::adxValue))
                .shrinkWith(SMALLER)
                .check("ADX round trip", set -> {
                    DataValueSet back = roundTrip(Dhis2Format.ADX, set);
                    assertEquals(set.dataValues().isEmpty() ? Optional.empty() : set.dataSet(),
                            back.dataSet(), "an empty ADX file has no group to name its set");
                    assertEquals(grouped(set.dataValues()), withoutLines(back.dataValues()));
                });
    }

    /** The values in ADX's order: by org unit, period and attribute combo, first seen first. */
    private static List<DataValue> grouped(List<DataValue> values) {
        Map<List<String>, List<DataValue>> groups = new LinkedHashMap<>();
        for (DataValue v : values) {
            List<String> key = new ArrayList<>();
            key.add(v.orgUnit());
            key.add(v.period());
            key.add(v.attributeOptionCombo());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        return groups.values().stream().flatMap(List::stream).toList();
    }
}
