package io.github.uptake.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the app's commands in a test and keeps what the last one printed. */
final class AppRun {
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs a command and returns its exit code. */
    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return UptakeApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Returns what the last command printed on standard output. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Returns what the last command printed on standard error. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
