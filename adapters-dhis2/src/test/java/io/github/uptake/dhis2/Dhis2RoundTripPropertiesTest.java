package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Validated;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.Scenario;
import io.github.uptake.testing.Scenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Uptake -> dataValueSets or ADX -> Uptake keeps every figure: over generated trees and report
 * histories (corrections, late re-sends, parents' own figures), each layout read back into an
 * empty store gives the same current figures, and into the store it came from changes nothing
 * (ADX too, though it carries no sending time).
 */
class Dhis2RoundTripPropertiesTest {
    private static final Dhis2Mapping MAPPING = Dhis2Mapping.of("BLUEZONE_DAILY", List.of(
            new Dhis2Mapping.Entry(Segment.RESIDENTS, "BLUEZONE_USERS",
                    Optional.of("RESIDENTS"))));

    @Test
    void everyFigureComesBackThroughEachLayout() {
        int n = PropertyCheck.forAll(Scenarios.scenarios(60)).cases(150)
                .check("dhis2-round-trip", s -> {
                    for (Dhis2Format f : Dhis2Format.values()) {
                        roundTrip(s, f);
                    }
                });
        assertEquals(150, n);
    }

    private static void roundTrip(Scenario s, Dhis2Format format) {
        InMemoryReportStore from = new InMemoryReportStore();
        from.submitAll(s.reports());
        Hierarchy h = Hierarchy.of(s.version());
        String root = s.version().root().code();
        DataValueSet exported = Dhis2Export.reports(from, h, root, s.start().minusDays(6),
                s.end(), MAPPING);
        Map<ReportKey, Report> expected = current(from, s);
        assertEquals(expected.size(), exported.dataValues().size(), format.name());

        DataValueSet read = writeAndRead(exported, format);
        InMemoryReportStore to = new InMemoryReportStore();
        ImportSummary summary = Dhis2Import.run(read, MAPPING, List.of(h), to,
                ImportOptions.of("round-trip" + format.extension(), "sotttt", false));
        assertEquals(ImportSummary.Status.SUCCESS, summary.status(), summary.toJson());
        assertEquals(expected.size(), summary.importCount().imported(), format.name());
        Map<ReportKey, Report> back = current(to, s);
        assertEquals(expected.keySet(), back.keySet(), format.name());
        for (Map.Entry<ReportKey, Report> e : expected.entrySet()) {
            Report b = back.get(e.getKey());
            if (format == Dhis2Format.ADX) {
                // ADX carries no storedBy or lastUpdated: the figure and its source come back
                assertEquals(e.getValue().count(), b.count(), format + " " + e.getKey());
                assertEquals(e.getValue().sourceRef(), b.sourceRef(), format + " " + e.getKey());
            } else {
                assertEquals(e.getValue(), b, format + " " + e.getKey());
            }
        }
        {
            // into the store it came from: every value is a stored revision already (an ADX
            // value, without its time, is the revision it repeats)
            ImportSummary again = Dhis2Import.run(read, MAPPING, List.of(h), from,
                    ImportOptions.of("again" + format.extension(), "sotttt", false));
            assertEquals(0, again.importCount().imported() + again.importCount().updated(),
                    again.toJson());
            assertTrue(again.importCount().ignored() == expected.size());
        }
    }

    private static DataValueSet writeAndRead(DataValueSet set, Dhis2Format format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(set, out);
            Validated<DataValueSet> read = format.read("round-trip" + format.extension(),
                    new ByteArrayInputStream(out.toByteArray()));
            assertTrue(read.isValid(), read.problems().toString());
            return read.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<ReportKey, Report> current(InMemoryReportStore store, Scenario s) {
        Map<ReportKey, Report> map = new TreeMap<>(java.util.Comparator
                .comparing((ReportKey k) -> k.unitCode()).thenComparing(ReportKey::asOf));
        store.forEachCurrent(Segment.RESIDENTS, s.start().minusDays(6), s.end(),
                (code, day, count) -> {
                    ReportKey k = new ReportKey(code, Segment.RESIDENTS,
                            java.time.LocalDate.ofEpochDay(day));
                    map.put(k, store.current(k).orElseThrow().report());
                });
        return map;
    }
}
