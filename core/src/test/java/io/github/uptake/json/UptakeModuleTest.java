package io.github.uptake.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Severity;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.testing.Scenarios;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UptakeModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new UptakeModule());
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");

    private <T> void roundTrip(T value) throws Exception {
        String json = mapper.writeValueAsString(value);
        @SuppressWarnings("unchecked")
        T back = (T) mapper.readValue(json, value.getClass());
        assertEquals(value, back, json);
    }

    @Test
    void everyPublicValueRoundTrips() throws Exception {
        Unit unit = Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withEnglishName("Long An")
                .withValidity(LocalDate.of(2025, 7, 1), null);
        Report report = new Report("00001", Segment.RESIDENTS, DAY, 197_011, SENT, "clerk", "a.xlsx");
        roundTrip(unit);
        roundTrip(UnitKind.of("hamlet"));
        roundTrip(Segment.STAFF);
        roundTrip(Threshold.of(5, 8));
        roundTrip(report);
        roundTrip(report.key());
        roundTrip(new Denominator("80", Segment.RESIDENTS, 1_776_474, "province-2020", DAY));
        roundTrip(TargetRule.of(Segment.WORKERS, Threshold.ALL).forKind(UnitKind.ENTERPRISE)
                .by(DAY));
        roundTrip(TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)));
        roundTrip(new ReportRevision(report, 2, SENT, "sub-1", 12L));
        roundTrip(ReportRevision.of(report, 1, SENT));
        roundTrip(new SubmitResult(report.key(), SubmitOutcome.REVISED, 2,
                new ReportRevision(report, 2, SENT, null, 3L)));
        Submission submission = new Submission("sub-1", "a.xlsx", "clerk", SENT, List.of(report), 2);
        roundTrip(submission);
        roundTrip(SubmissionReceipt.duplicate(submission, submission.contentHash(), "sub-0"));
        roundTrip(ReportingSchedule.decree09(ReportingSchedule.Cadence.QUARTERLY)
                .withDueAfterDays(5).expecting(java.util.Set.of("80", "794")));
        roundTrip(ReportingSchedule.daily());
        roundTrip(new io.github.uptake.reconciliation.Verification("794", Segment.RESIDENTS, DAY,
                90, "team", SENT));
        roundTrip(new io.github.uptake.reconciliation.AuthoritativeCount("80", Segment.RESIDENTS,
                DAY, 1, "operator"));
        roundTrip(new ReportKey("80", Segment.MEMBERS, DAY));
        roundTrip(Problem.error("x.y", Location.cell("a.xlsx", "Báo cáo", "D12"), "-1", "vi", "en"));
        roundTrip(new Finding("denominator.mismatch", Severity.WARNING, "80", Segment.RESIDENTS, DAY,
                "vi", "en"));
        roundTrip(RollUpPolicy.defaults().withCarryForwardDays(5)
                .withParentFigure(RollUpPolicy.ParentFigure.OWN_FIGURE));
        HierarchyVersion v = Scenarios.tree(new SplittableRandom(3), 300, DAY);
        roundTrip(v);
        roundTrip(Hierarchy.of("territorial", List.of(v,
                HierarchyVersion.builder("territorial", LocalDate.of(2025, 7, 1))
                        .root(unit.withValidity(null, null)).build())));
    }

    @Test
    void writesReadableJson() throws Exception {
        assertEquals("\"3/5\"", mapper.writeValueAsString(Threshold.SIXTY_PERCENT));
        String report = mapper.writeValueAsString(new Report("00001", Segment.RESIDENTS, DAY, 5,
                SENT, "clerk", null));
        assertTrue(report.contains("\"asOf\":\"2020-08-15\""), report);
        assertTrue(report.contains("\"segment\":\"residents\""), report);
        assertTrue(report.contains("\"unitCode\":\"00001\""), report);
    }

    @Test
    void invalidInputFailsWithAMessageThatSaysWhat() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(
                "{\"hierarchyName\":\"territorial\",\"validFrom\":\"2020-08-15\",\"units\":["
                        + "{\"unit\":{\"code\":\"80\",\"kind\":\"province\",\"name\":\"A\"}},"
                        + "{\"unit\":{\"code\":\"794\",\"kind\":\"district\",\"name\":\"B\"},"
                        + "\"parentCode\":\"99\"}]}", HierarchyVersion.class));
        assertTrue(e.getMessage().contains("Parent 99 of 794 is not in the hierarchy"),
                e.getMessage());
        JsonMappingException bad = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("\"sixty\"", Threshold.class));
        assertTrue(bad.getMessage().contains("invalid Threshold 'sixty'"), bad.getMessage());
        assertThrows(JsonMappingException.class, () -> mapper.readValue(
                "{\"unitCode\":\"1\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                        + "\"count\":-1,\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"x\"}",
                Report.class));
    }
}
