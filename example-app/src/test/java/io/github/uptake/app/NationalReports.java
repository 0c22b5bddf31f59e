package io.github.uptake.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated daily reports for every commune of Vietnam's 2020 tree (the shipped {@code
 * admin_units_2020-08-15.csv}), seeded, for the national round trip of {@code uptake load reports}
 * and its benchmark. Each commune reports on about three days in four (gaps, some longer than the
 * carry-forward window) and one in a hundred stops for the last ten days; about 2% of the rows
 * are corrections of a figure (a later {@code reported_at} for the same unit and day, with another
 * count) and 1% are superseded figures sent earlier (an earlier {@code reported_at}), and within a
 * day rows are shuffled, so the current figure is the latest sent, never the last written.
 * 60 days make about 480.000 rows.
 *
 * <p>Run as a program to write the CSV for the benchmark: {@code java -cp
 * example-app/target/test-classes:example-app/target/classes io.github.uptake.app.NationalReports
 * OUT.csv [DAYS] [SEED]}.
 */
final class NationalReports {
    /** The first day of the generated reports (the 2020 tree is valid from 1/6/2020). */
    static final LocalDate FIRST = LocalDate.of(2020, 7, 1);
    /** The header written. */
    static final String HEADER = "unit_code,segment,as_of,count,reported_at,reporter,source_ref";

    private NationalReports() {
    }

    /**
     * One unit of the shipped 2020 file.
     *
     * @param code  its code
     * @param level  1 province, 2 district, 3 commune
     * @param parent  its parent's code, empty for a province
     */
    record UnitRow(String code, int level, String parent) {
    }

    /**
     * One generated row.
     *
     * @param code  the commune
     * @param day  the as-of day
     * @param count  the cumulative count
     * @param sentSecond  reported_at, in epoch seconds
     * @param reporter  who sent it
     */
    record Row(String code, LocalDate day, long count, long sentSecond, String reporter) {
        /** Returns the row as CSV. */
        String csv() {
            return code + ",residents," + day + "," + count + ","
                    + Instant.ofEpochSecond(sentSecond) + "," + reporter + ",gen";
        }
    }

    /** Reads the 2020 units shipped in the app, with plain string splitting (no library). */
    static List<UnitRow> units2020() {
        List<UnitRow> out = new ArrayList<>();
        try (InputStream in = NationalReports.class.getResourceAsStream(
                "/io/github/uptake/app/data/vn-admin/admin_units_2020-08-15.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!header.startsWith("level,code,name,type,parent_code")) {
                throw new IllegalStateException("unexpected header " + header);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                out.add(new UnitRow(f[1], Integer.parseInt(f[0]), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Generates the rows of some days, day by day, each day's rows shuffled.
     *
     * @param days  how many days from {@link #FIRST}
     * @param seed  the seed
     * @return the rows
     */
    static List<Row> generate(int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitRow> communes = units2020().stream().filter(u -> u.level() == 3).toList();
        Map<String, long[]> state = new LinkedHashMap<>();
        for (UnitRow c : communes) {
            boolean stops = random.nextInt(100) == 0;
            state.put(c.code(), new long[] {random.nextInt(500), stops ? days - 10 : days});
        }
        List<Row> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            long nine = day.atTime(9, 0).toEpochSecond(ZoneOffset.UTC);
            List<Row> today = new ArrayList<>();
            for (UnitRow c : communes) {
                long[] s = state.get(c.code());
                s[0] += random.nextInt(300);
                if (d >= s[1] || random.nextInt(4) == 0) {
                    continue;
                }
                String reporter = "UBND " + c.parent();
                long sent = nine + random.nextInt(36_000);
                today.add(new Row(c.code(), day, s[0], sent, reporter));
                int r = random.nextInt(100);
                if (r < 2) {
                    long corrected = Math.max(0, s[0] + random.nextInt(201) - 100);
                    today.add(new Row(c.code(), day, corrected, sent + 1 + random.nextInt(7200),
                            reporter));
                    s[0] = Math.max(s[0], corrected);
                } else if (r < 3) {
                    today.add(new Row(c.code(), day, s[0] + 1 + random.nextInt(50),
                            sent - 1 - random.nextInt(3600), reporter));
                }
            }
            Collections.shuffle(today, new java.util.Random(random.nextLong()));
            out.addAll(today);
        }
        return out;
    }

    /**
     * Writes rows as the CSV of {@code uptake load reports}.
     *
     * @param file  the file
     * @param rows  the rows
     * @throws IOException if writing fails
     */
    static void write(Path file, List<Row> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Row r : rows) {
                w.write(r.csv());
                w.write('\n');
            }
        }
    }

    /**
     * Writes the CSV of a national load.
     *
     * @param args  the file, then optionally the number of days (60) and the seed (2020)
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2020;
        List<Row> rows = generate(days, seed);
        write(Path.of(args[0]), rows);
        System.out.println(args[0] + ": " + rows.size() + " rows, " + days + " days from "
                + FIRST + ", seed " + seed);
    }
}
