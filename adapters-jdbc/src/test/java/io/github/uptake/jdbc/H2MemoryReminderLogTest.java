package io.github.uptake.jdbc;

import io.github.uptake.remind.ReminderLog;
import io.github.uptake.testkit.ReminderLogContract;

/**
 * The JDBC reminder log on H2 in memory passes the reminder log contract; its restart is a storage
 * opened anew on the same database (migrations checked again), as the app does when it starts.
 */
class H2MemoryReminderLogTest extends ReminderLogContract {
    private Databases.Fresh db;

    @Override
    protected ReminderLog newLog() {
        db = Databases.h2Memory();
        return db.open().reminderLog();
    }

    @Override
    protected ReminderLog reopen(ReminderLog current) {
        return db.open().reminderLog();
    }
}
