package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2 file databases for the app's tests: made once by a command ({@code demo}, {@code load
 * vn-admin}) and copied fresh for each case, and read back with plain SQL, so a test sees exactly
 * what a command stored.
 */
final class Databases {
    /** Where the test workbooks of the Excel adapter are, from the example-app module. */
    static final Path EXCEL_TESTS = Path.of("..", "adapters-excel", "src", "test", "resources");

    private Databases() {
    }

    /**
     * Makes a database by running a command on it.
     *
     * @param dir  the directory, not null
     * @param name  the database's name
     * @param command  the command and its arguments, before {@code --db}
     * @return the path to give as {@code --db}
     */
    static Path make(Path dir, String name, String... command) {
        Path db = dir.resolve(name);
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--db";
        args[command.length + 1] = db.toString();
        AppRun app = new AppRun();
        assertEquals(0, app.run(args), app.err());
        return db;
    }

    /**
     * Copies a database under a new name.
     *
     * @param template  the database, as given to {@code --db}
     * @param dir  where the copy goes
     * @param name  the copy's name
     * @return the copy, as given to {@code --db}
     * @throws Exception if copying fails
     */
    static Path copy(Path template, Path dir, String name) throws Exception {
        Path db = dir.resolve(name);
        Files.copy(file(template), file(db), StandardCopyOption.REPLACE_EXISTING);
        return db;
    }

    /**
     * Returns the current residents figure of every unit for a day.
     *
     * @param db  the database, as given to {@code --db}
     * @param day  the day
     * @return unit code to figure, sorted by code
     */
    static Map<String, Long> figures(Path db, LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        JdbcDataSource ds = dataSource(db);
        JdbcStorage.open(ds, JdbcOptions.defaults()).reportStore().forEachCurrent(
                Segment.RESIDENTS, day, day, (code, d, count) -> out.put(code, count));
        return out;
    }

    /**
     * Returns what tells whether anything was stored: the number of submissions and of report
     * revisions, and the newest revision's key.
     *
     * @param db  the database, as given to {@code --db}
     * @return a text that changes whenever a submission or a revision is stored
     * @throws SQLException if reading fails
     */
    static String stored(Path db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            StringBuilder b = new StringBuilder();
            for (String table : new String[] {"uptake_submission", "uptake_report_revision"}) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                        + JdbcOptions.DEFAULT_SCHEMA + "." + table)) {
                    rs.next();
                    b.append(table).append('=').append(rs.getLong(1)).append(' ');
                }
            }
            return b.toString().strip();
        }
    }

    private static Connection connect(Path db) throws SQLException {
        return dataSource(db).getConnection();
    }

    private static JdbcDataSource dataSource(Path db) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    private static Path file(Path db) {
        return db.resolveSibling(db.getFileName() + ".mv.db");
    }
}
