package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportVisitor;
import io.github.uptake.problem.Problem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intake shared by the command line and the dashboard: what it takes a workbook in as, and
 * what it does when the store refuses a submission as bad input.
 */
class WorkbookIntakeTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Path FILE = ProducerManifest.DIR.resolve("h-total-bottom_xlsxwriter.xlsx");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-08-19T09:00:00Z"),
            ZoneOffset.UTC);
    private static JdbcStorage storage;

    @BeforeAll
    static void demo() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:workbook-intake-test;DB_CLOSE_DELAY=-1");
        storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
    }

    private static WorkbookIntake.Request request(LocalDate day, boolean forSheetsOnly,
                                                  String unit) {
        return new WorkbookIntake.Request(day, forSheetsOnly, unit, Segment.RESIDENTS,
                ColumnMapping.defaults(), false, "clerk@801");
    }

    /** A store that refuses every submission as one whose id was used for other content. */
    private static final class RefusingStore implements ReportStore {
        private final ReportStore delegate = storage.reportStore();

        @Override
        public SubmissionReceipt submit(Submission submission) {
            throw new IllegalArgumentException("submission id " + submission.id()
                    + " was already used for other content");
        }

        @Override
        public SubmitResult submit(Report report) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SubmitResult> submitAll(List<Report> reports) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ReportRevision> current(ReportKey key) {
            return delegate.current(key);
        }

        @Override
        public List<ReportRevision> revisions(ReportKey key) {
            return delegate.revisions(key);
        }

        @Override
        public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                                   ReportVisitor visitor) {
            delegate.forEachCurrent(segment, from, to, visitor);
        }

        @Override
        public void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to,
                                          Instant knownAt, ReportVisitor visitor) {
            delegate.forEachCurrentKnownAt(segment, from, to, knownAt, visitor);
        }

        @Override
        public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                                   ArrivalVisitor visitor) {
            delegate.forEachArrival(segment, from, to, visitor);
        }
    }

    @Test
    void aSubmissionTheStoreRefusesIsARefusalOfTheFileWithNothingStored() {
        WorkbookIntake intake = new WorkbookIntake(storage.referenceStore(), new RefusingStore(),
                ExcelOptions.defaults(), CLOCK);
        WorkbookIntake.Result r = intake.store(FILE, request(DAY, false, null));
        assertEquals(WorkbookIntake.Status.REFUSED, r.status());
        Problem p = r.problems().get(0);
        assertEquals("submission.id-reused", p.code());
        assertEquals(Optional.of("h-total-bottom_xlsxwriter.xlsx"), p.location().file());
        assertTrue(p.messageEn().contains("was already imported for the same day, segment and"
                + " unit"), p.messageEn());
        assertNull(r.receipt());
        assertEquals(1, r.checked().size(), "the totals checked are still told");
    }

    @Test
    void aSheetNeedsItsDayAndTheReportingUnitMustBeAUnitOfThatDay() {
        WorkbookIntake intake = new WorkbookIntake(storage.referenceStore(),
                storage.reportStore(), ExcelOptions.defaults(), CLOCK);
        WorkbookIntake.Result noDay = intake.check(FILE, request(null, false, null));
        assertEquals("import.date-required", noDay.problems().get(0).code());
        WorkbookIntake.Result unknown = intake.check(FILE, request(DAY, false, "99999"));
        assertEquals("import.unit-unknown", unknown.problems().get(0).code());
        WorkbookIntake.Result before = intake.check(FILE, request(LocalDate.of(2019, 1, 1),
                false, null));
        assertEquals("import.no-units", before.problems().get(0).code());
    }

    @Test
    void theDashboardsDayServesSheetsOnlyWhileATemplateKeepsItsOwn() throws Exception {
        WorkbookIntake intake = new WorkbookIntake(storage.referenceStore(),
                storage.reportStore(), ExcelOptions.defaults(), CLOCK);
        WorkbookIntake.Result sheet = intake.check(FILE, request(DAY, true, "801"));
        assertEquals(WorkbookIntake.Status.CHECKED, sheet.status(), sheet.problems().toString());
        assertEquals(DAY, sheet.day());
        assertEquals(11, sheet.preview().rows().size());
        assertEquals("Xã Mỹ Bình", sheet.unitName("27928"));

        Path template = Files.createTempFile("mau-801", ".xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new ExcelTemplates(ExcelOptions.defaults()).write(
                    storage.referenceStore().hierarchy("territorial").orElseThrow().versions()
                            .get(0), "801", DAY.plusDays(2), List.of(Segment.RESIDENTS),
                    storage.referenceStore().denominators(Segment.RESIDENTS), out);
        }
        Path filled = Workbooks.fill(template, template.resolveSibling("bao-cao-801-"
                + System.nanoTime() + ".xlsx"), 700);
        WorkbookIntake.Result own = intake.check(filled, request(DAY, true, "801"));
        assertEquals(WorkbookIntake.Status.CHECKED, own.status(), own.problems().toString());
        assertEquals(DAY.plusDays(2), own.day(), "the template's own day");
        WorkbookIntake.Result strict = intake.check(filled, request(DAY, false, "801"));
        assertEquals("template.date-mismatch", strict.problems().get(0).code(),
                "--date must match a template's day");
        Files.deleteIfExists(filled);
        Files.deleteIfExists(template);
    }
}
