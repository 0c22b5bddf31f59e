package io.github.uptake.app;

import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The reminders' fixture on the Long An demo: a contacts file giving every district and commune of
 * 2020 an address (but three communes, left without one), the configuration that names it and an
 * SMTP port, and what the demo's reports say independently of the planner: which communes had
 * reported by a moment of 15 August 2020, and which districts have a commune that had not.
 */
final class DemoReminders {
    /** The day of the dispatch. */
    static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    /** The province's zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Three communes left without an address. */
    static final Set<String> NO_CONTACT = Set.of("27700", "27715", "28246");
    /** The leaders' address. */
    static final String LEADER = "lanhdao@longan.example";

    private DemoReminders() {
    }

    /** Returns a unit's address in the contacts file. */
    static String address(String code) {
        return "vanthu." + code + "@longan.example";
    }

    /** Returns the units of 2020 of a demo database (the same in every copy: read once). */
    static HierarchyVersion units(Path db) {
        return UNITS.computeIfAbsent("2020", k -> storage(db).referenceStore()
                .hierarchy(Hierarchy.TERRITORIAL).flatMap(h -> h.versionOn(DAY)).orElseThrow());
    }

    private static final Map<String, HierarchyVersion> UNITS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Writes the contacts file: every district and commune of 2020 but {@link #NO_CONTACT}.
     *
     * @return the file
     */
    static Path contacts(Path dir, Path db) throws IOException {
        StringBuilder b = new StringBuilder("unit,email,name\n");
        HierarchyVersion v = units(db);
        for (int i = 1; i < v.size(); i++) {
            Unit u = v.unitAt(i);
            if (!NO_CONTACT.contains(u.code())) {
                b.append(u.code()).append(',').append(address(u.code())).append(",Văn thư ")
                        .append(u.name()).append('\n');
            }
        }
        Path file = dir.resolve("danh-ba.csv");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Writes the configuration: Long An's with a reminders section sending to a port on loopback.
     *
     * @return the file
     */
    static Path config(Path dir, int smtpPort, String contacts) throws IOException {
        String text = io.github.uptake.app.config.AppConfigFile.longAnText() + "\nreminders:\n"
                + "  smtp:\n"
                + "    host: 127.0.0.1\n"
                + "    port: " + smtpPort + "\n"
                + "    transport: plain\n"
                + "    from: stttt@longan.example\n"
                + "    fromName: Sở Thông tin và Truyền thông Long An\n"
                + "    timeoutSeconds: 5\n"
                + "  remindAt: \"15:00\"\n"
                + "  contacts: " + contacts + "\n"
                + "  leaders: [" + LEADER + "]\n"
                + "  maxAttempts: 3\n";
        Path file = dir.resolve("uptake-reminders.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Returns the moment of a time of 15 August 2020 in Long An. */
    static Instant at(String time) {
        return LocalDateTime.of(DAY, java.time.LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    /**
     * Returns the communes that had not reported for the day by a moment, by code, with their
     * district, from the reports' first arrival times.
     */
    static Map<String, String> notReportedBy(Path db, Instant moment) {
        Set<String> reported = new HashSet<>();
        storage(db).reportStore().forEachArrival(Segment.RESIDENTS, DAY, DAY,
                (code, day, first) -> {
                    if (!first.isAfter(moment)) {
                        reported.add(code);
                    }
                });
        Map<String, String> out = new TreeMap<>();
        HierarchyVersion v = units(db);
        for (int i = 0; i < v.size(); i++) {
            if (v.isLeafAt(i) && !reported.contains(v.unitAt(i).code())) {
                out.put(v.unitAt(i).code(), v.unitAt(v.parentOrdinal(i)).code());
            }
        }
        return out;
    }

    /** Returns the addresses of a set of units, those without one left out. */
    static Set<String> addressesOf(java.util.Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String c : codes) {
            if (!NO_CONTACT.contains(c)) {
                out.add(address(c));
            }
        }
        return out;
    }

    /** Returns a list of a unit's name, for the checks of a body. */
    static String name(Path db, String code) {
        HierarchyVersion v = units(db);
        return v.unitAt(v.ordinal(code)).name();
    }

    private static JdbcStorage storage(Path db) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return JdbcStorage.open(ds, JdbcOptions.defaults());
    }
}
