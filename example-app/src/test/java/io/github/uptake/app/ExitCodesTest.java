package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which exception ends a command with which exit code. */
class ExitCodesTest {
    private final ExitCodes codes = new ExitCodes();

    @Test
    void aRefusedInputIsTwoAUsageErrorOrABusyDatabaseSixtyFourAnythingElseSeventy() {
        Problem p = Problem.error("test", Location.line("file.csv", 3), null, "Sai.", "Wrong.");
        assertEquals(2, codes.getExitCode(new ProblemsException("file", List.of(p))));
        CommandLine command = UptakeApp.commandLine(System.out, System.err);
        assertEquals(64, codes.getExitCode(new CommandLine.ParameterException(command, "bad")));
        assertEquals(64, codes.getExitCode(new AppStorage.InUse("x.mv.db")));
        assertEquals(70, codes.getExitCode(new IllegalStateException("bug")));
        assertEquals(70, codes.getExitCode(new UncheckedIOException(new java.io.IOException(
                "disk"))));
    }
}
