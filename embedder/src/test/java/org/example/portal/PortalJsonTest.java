package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.uptake.json.InboundReports;
import io.github.uptake.json.UptakeModule;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portal's own mapper, with its JavaTimeModule writing numeric timestamps, takes Uptake's
 * module beside it: the portal's classes read and write as before, Uptake's values as ISO strings,
 * on the Jackson the portal's Flyway brings, not Uptake's.
 */
class PortalJsonTest {
    /** A class of the portal's own, with dates as the portal writes them. */
    record Visit(Instant at, LocalDate day) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new UptakeModule());

    @Test
    void thePortalRunsOnItsOwnJacksonNotUptakes() {
        assertEquals("2.19.1", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
                .toString(), "the host's Jackson (Flyway 11's), whatever Uptake was built with");
    }

    @Test
    void thePortalsDatesStayNumericAndUptakesAreIsoStrings() throws Exception {
        Visit visit = new Visit(Instant.parse("2020-08-15T09:00:00Z"), LocalDate.of(2020, 8, 15));
        String portal = mapper.writeValueAsString(visit);
        assertEquals(new ObjectMapper().registerModule(new JavaTimeModule())
                .writeValueAsString(visit), portal, "exactly as without Uptake's module");
        assertEquals(visit, mapper.readValue(portal, Visit.class));

        Report report = Report.of("27898", Segment.RESIDENTS, LocalDate.of(2020, 8, 15), 763,
                Instant.parse("2020-08-15T09:00:00Z"), "UBND xã Mỹ Thạnh Đông", null);
        String uptake = mapper.writeValueAsString(report);
        assertTrue(uptake.contains("\"asOf\":\"2020-08-15\"")
                && uptake.contains("\"reportedAt\":\"2020-08-15T09:00:00Z\""), uptake);
        assertEquals(report, mapper.readValue(uptake, Report.class));
    }

    @Test
    void aFractionalOrTextCountSentAsJsonIsRefusedAtItsFieldNeverCutOff() {
        String json = "[{\"unitCode\":\"27898\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                + "\"count\":1234.9,\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"x\"},"
                + "{\"unitCode\":\"27901\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                + "\"count\":\"1.234\",\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"x\"}]";
        Validated<List<Report>> read = InboundReports.read(mapper, json, Location.NOWHERE);
        assertFalse(read.isValid());
        List<String> where = read.problems().stream()
                .map(p -> p.code() + "@" + p.location().field().orElse("")).toList();
        assertTrue(where.stream().anyMatch(w -> w.endsWith("[0].count"))
                && where.stream().anyMatch(w -> w.endsWith("[1].count")), where.toString());
        for (Problem p : read.problems()) {
            assertFalse(p.messageVi().isBlank() || p.messageEn().isBlank());
        }
    }
}
