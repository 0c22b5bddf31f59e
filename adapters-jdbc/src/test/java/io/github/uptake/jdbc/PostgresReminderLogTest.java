package io.github.uptake.jdbc;

import io.github.uptake.remind.ReminderLog;
import io.github.uptake.testkit.ReminderLogContract;

/**
 * The JDBC reminder log on PostgreSQL passes the reminder log contract; its restart is a storage
 * opened anew on the same database (migrations checked again), as the app does when it starts.
 */
class PostgresReminderLogTest extends ReminderLogContract {
    private Databases.Fresh db;

    @Override
    protected ReminderLog newLog() {
        db = Databases.postgres();
        return db.open().reminderLog();
    }

    @Override
    protected ReminderLog reopen(ReminderLog current) {
        return db.open().reminderLog();
    }
}
