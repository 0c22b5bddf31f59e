package io.github.uptake.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the demo's shipped CSV files (no quoted commas in them), header skipped. */
final class DemoCsv {
    private DemoCsv() {
    }

    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemoCsv.class.getResourceAsStream("/io/github/uptake/app/data/"
                + name)) {
            if (in == null) {
                throw new IllegalStateException("data " + name + " missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
