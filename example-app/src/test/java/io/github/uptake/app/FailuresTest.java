package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a command that ends with an exception prints, and its exit code. */
class FailuresTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine demo = UptakeApp.commandLine(new PrintStream(
            new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true,
            StandardCharsets.UTF_8)).getSubcommands().get("demo");

    private String handled(Exception e, int code) {
        err.reset();
        assertEquals(code, new Failures().handleExecutionException(e, demo, null));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRefusedInputPrintsEveryProblemAtItsPlaceAndExitsTwo() {
        Problem p = Problem.error("test", Location.line("x.csv", 3), null, "Sai.", "Wrong.");
        Problem q = Problem.error("test", Location.line("x.csv", 4), null, "Sai.", "Worse.");
        String printed = handled(new ProblemsException("x.csv", List.of(p, q)), 2);
        // each problem at its place, in Vietnamese and then English
        assertEquals(p.location() + ": Sai.\n    Wrong.\n" + q.location() + ": Sai.\n    Worse.\n",
                printed);
    }

    @Test
    void aBusyDatabaseSaysSoAndExitsSixtyFour() {
        AppStorage.InUse busy = new AppStorage.InUse("/tmp/x.mv.db");
        assertEquals("uptake demo: " + busy.getMessage() + "\n", handled(busy, 64));
    }

    @Test
    void anythingElseIsAFailureOfTheCommandAndExitsSeventy() {
        assertTrue(handled(new IllegalStateException("the disk is full"), 70).matches(
                "uptake demo failed: the disk is full \\(lỗi / failure [A-Za-z0-9]{8}\\)\n"));
        assertTrue(handled(new NullPointerException(), 70).matches("uptake demo failed:"
                + " java.lang.NullPointerException \\(lỗi / failure [A-Za-z0-9]{8}\\)\n"));
    }
}
