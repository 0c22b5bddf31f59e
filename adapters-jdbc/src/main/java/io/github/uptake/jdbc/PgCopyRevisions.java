package io.github.uptake.jdbc;

import io.github.uptake.model.Report;
import io.github.uptake.model.ReportRevision;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes planned report revisions on PostgreSQL with {@code COPY}: the rows go into a temporary
 * staging table dropped at commit, then into the revision table with one {@code INSERT ... SELECT}
 * in the caller's transaction, so a failure anywhere leaves nothing written. What is written is
 * decided before (the batch plan of {@link JdbcReportStore}); this class only moves the rows.
 * PgJDBC is reached by reflection ({@code Connection.unwrap(PGConnection)}), so that hosts on
 * other databases need not bring it. Stateless and thread-safe.
 */
final class PgCopyRevisions {
    private static final String PG_CONNECTION = "org.postgresql.PGConnection";
    private static final String STAGE = "uptake_revision_stage";
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private PgCopyRevisions() {
    }

    /**
     * Tells whether a connection is to PostgreSQL through PgJDBC, so that COPY can be used.
     *
     * @param c  an open connection, not null
     * @return true on PostgreSQL with PgJDBC on the class path
     * @throws SQLException if the connection cannot say
     */
    static boolean usable(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return false;
        }
        try {
            return c.isWrapperFor(Class.forName(PG_CONNECTION, false,
                    PgCopyRevisions.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Writes revisions through a staging table, in the caller's transaction (not committed here).
     *
     * @param c  a connection for which {@link #usable} is true, in a transaction, not null
     * @param table  the qualified revision table, not null
     * @param columns  its columns, in the order of {@link #row}
     * @param rows  the revisions to write, not null
     * @throws SQLException on any failure of the database, the transaction then to be rolled back
     */
    static void write(Connection c, String table, String columns, List<ReportRevision> rows)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE " + STAGE + " (LIKE " + table + ") ON COMMIT DROP");
        }
        copy(c, "COPY " + STAGE + " (" + columns + ") FROM STDIN", new RowsStream(rows));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns
                    + " FROM " + STAGE);
            s.execute("DROP TABLE " + STAGE);
        }
    }

    private static void copy(Connection c, String sql, InputStream in) throws SQLException {
        try {
            Class<?> pg = Class.forName(PG_CONNECTION, true,
                    PgCopyRevisions.class.getClassLoader());
            Object api = pg.getMethod("getCopyAPI").invoke(c.unwrap(pg));
            Method copyIn = api.getClass().getMethod("copyIn", String.class, InputStream.class);
            copyIn.invoke(api, sql, in);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql2) {
                throw sql2;
            }
            throw new SQLException("COPY into " + STAGE + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("PgJDBC's CopyManager is not usable", e);
        }
    }

    /** Appends one revision as a line of COPY's text format. */
    static void row(StringBuilder b, ReportRevision r) {
        Report rep = r.report();
        text(b, rep.unitCode()).append('\t');
        text(b, rep.segment().id()).append('\t');
        b.append(rep.asOf()).append('\t').append(r.revision()).append('\t')
                .append(rep.count()).append('\t');
        time(b, rep.reportedAt()).append('\t');
        text(b, rep.reporter()).append('\t');
        text(b, rep.sourceRef().orElse("")).append('\t');
        time(b, r.recordedAt()).append('\t');
        if (r.submissionId().isPresent()) {
            text(b, r.submissionId().get());
        } else {
            b.append("\\N");
        }
        b.append('\t');
        if (r.previousCount().isPresent()) {
            b.append(r.previousCount().getAsLong());
        } else {
            b.append("\\N");
        }
        b.append('\n');
    }

    private static StringBuilder time(StringBuilder b, Instant t) {
        return b.append(TIME.format(t));
    }

    private static StringBuilder text(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b;
    }

    /** The rows as UTF-8 text, made a few hundred at a time so that memory stays small. */
    private static final class RowsStream extends InputStream {
        private static final int ROWS_PER_CHUNK = 512;
        private final List<ReportRevision> rows;
        private final StringBuilder text = new StringBuilder(64 * 1024);
        private byte[] chunk = new byte[0];
        private int pos;
        private int next;

        RowsStream(List<ReportRevision> rows) {
            this.rows = rows;
        }

        private boolean fill() {
            while (pos >= chunk.length) {
                if (next >= rows.size()) {
                    return false;
                }
                text.setLength(0);
                int end = Math.min(rows.size(), next + ROWS_PER_CHUNK);
                for (; next < end; next++) {
                    row(text, rows.get(next));
                }
                chunk = text.toString().getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? chunk[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
