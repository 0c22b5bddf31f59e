package org.example.portal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.port.ReportStore;
import io.github.uptake.testkit.ReportStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/**
 * Uptake's published JDBC report store, opened the way the portal opens it (its own HikariCP, the
 * default options), passes the test kit's report store contract on H2.
 */
class PortalReportStoreTest extends ReportStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private HikariDataSource pool;

    @Override
    protected ReportStore newStore() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:portal-" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(8);
        pool = new HikariDataSource(config);
        return JdbcStorage.open(pool, JdbcOptions.defaults()).reportStore();
    }

    @AfterEach
    void closePool() {
        pool.close();
    }
}
