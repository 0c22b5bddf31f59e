package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.model.InboundReport;
import io.github.uptake.model.Report;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of the README's "Validating inbound reports" section, and checks that the README
 * shows exactly this code.
 */
class ValidatingInboundReportsTest {

    static void example(PrintStream out) {
        // README:start
        // A report as a web form sent it: a day that does not exist, a negative count
        InboundReport in = new InboundReport("27778", "residents", "2020-02-30", -5L,
                Instant.parse("2020-08-15T09:00:00Z"), "UBND xã Mỹ Quý Đông", null);

        // With Hibernate Validator, in the validator's locale (vi here, en for English)
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.forLanguageTag("vi")).buildValidatorFactory()) {
            factory.getValidator().validate(in).stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().forEach(out::println);
        }

        // Without a validator: the same problems, as data, with a location and both languages
        Validated<Report> result = in.validate(Location.line("reports.csv", 7));
        for (Problem p : result.problems()) {
            out.println(p.location() + ": " + p.messageVi() + " / " + p.messageEn());
        }
        // README:end
    }

    @Test
    void theValidatorAndValidateGiveTheSameProblems() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "asOf: Ngày số liệu không hợp lệ: cần một ngày có thật, ghi theo dạng"
                        + " năm-tháng-ngày, ví dụ 2020-08-15.",
                "count: Số lượng phải là số nguyên không âm.",
                "reports.csv: line 7: asOf: Ngày số liệu không hợp lệ: cần một ngày có thật, ghi"
                        + " theo dạng năm-tháng-ngày, ví dụ 2020-08-15. / Invalid as-of date: give"
                        + " a day that exists, written year-month-day, e.g. 2020-08-15.",
                "reports.csv: line 7: count: Số lượng phải là số nguyên không âm. / The count must"
                        + " be a whole number, zero or more."),
                buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        ReadmeSnippets.assertReadmeShows("ValidatingInboundReportsTest.java");
    }
}
