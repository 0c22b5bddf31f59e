package io.github.uptake.app.web;

import io.github.uptake.app.demo.DemoData;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/** In-memory H2 databases holding the Long An demo, for the dashboard's tests. */
final class DemoDatabases {
    private DemoDatabases() {
    }

    /** Returns the data source of an in-memory database, kept while the JVM runs. */
    static JdbcDataSource dataSource(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** Returns the storage of a new in-memory database with the demo loaded. */
    static JdbcStorage demo(String name) {
        JdbcStorage s = JdbcStorage.open(dataSource(name), JdbcOptions.defaults());
        DemoLoader.load(s, LongAnDemo.make());
        return s;
    }

    /**
     * Returns the storage of a new in-memory database with the demo's units of 2020 only: its
     * territorial hierarchy has one version, and there is no crosswalk.
     */
    static JdbcStorage oneVersion(String name) {
        DemoData d = LongAnDemo.make();
        JdbcStorage s = JdbcStorage.open(dataSource(name), JdbcOptions.defaults());
        DemoLoader.load(s, new DemoData(d.territorial(), d.sectoral(), d.denominators(),
                d.rules(), d.submissions(), d.authoritative(), d.published(), List.of(),
                List.of()));
        return s;
    }

    /** Drops everything of a database: every later read of its storage fails. */
    static void breakDown(JdbcDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
    }
}
