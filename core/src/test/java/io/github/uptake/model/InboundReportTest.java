package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InboundReportTest {
    private static ValidatorFactory factory;
    private static Validator validator;
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    @Test
    void aGoodInputBecomesAReport() {
        InboundReport in = new InboundReport("27685", "residents", "2020-08-15", 1234L, SENT,
                "clerk", "form");
        Validated<Report> v = in.validate(Location.NOWHERE);
        assertTrue(v.isValid());
        assertEquals(new Report("27685", Segment.RESIDENTS, LocalDate.of(2020, 8, 15), 1234, SENT,
                "clerk", "form"), v.value());
        assertTrue(validator.validate(in).isEmpty());
    }

    @Test
    void everyBadFieldIsAProblemWithItsPathAndTheValidatorAgrees() {
        InboundReport in = new InboundReport("27 685", "Residents", "15/08/2020", -5L, null, " ",
                null);
        Validated<Report> v = in.validate(Location.line("reports.csv", 7));
        assertFalse(v.isValid());
        List<String> paths = v.problems().stream()
                .map(p -> p.location().fieldPath().orElseThrow()).toList();
        assertEquals(List.of("unitCode", "segment", "asOf", "count", "reportedAt", "reporter"),
                paths);
        Problem count = v.problems().get(3);
        assertEquals("reports.csv: line 7: count", count.location().toString());
        assertEquals("-5", count.rawValue());
        assertEquals("Số lượng phải là số nguyên không âm.", count.message(new Locale("vi")));
        Set<String> violated = new TreeSet<>();
        for (ConstraintViolation<InboundReport> c : validator.validate(in)) {
            violated.add(c.getPropertyPath().toString());
        }
        assertEquals(new TreeSet<>(paths), violated, "annotations state the same rules");
    }

    @Test
    void aMissingCountIsAProblemNotAnException() {
        Validated<Report> v = new InboundReport("27685", "residents", "2020-08-15", null, SENT,
                "clerk", null).validate(Location.field("reports[0]"));
        assertEquals("reports[0].count", v.problems().get(0).location().field());
    }
}
