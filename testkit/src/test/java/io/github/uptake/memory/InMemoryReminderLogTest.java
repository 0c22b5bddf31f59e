package io.github.uptake.memory;

import io.github.uptake.remind.ReminderLog;
import io.github.uptake.testkit.ReminderLogContract;

/**
 * The in-memory reminder log passes the reminder log contract. Its records live as long as the
 * object, so the contract's restart is the same object ({@code reopen} is not overridden).
 */
class InMemoryReminderLogTest extends ReminderLogContract {
    @Override
    protected ReminderLog newLog() {
        return new InMemoryReminderLog();
    }
}
