package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake serve} with a {@code reminders} section: what would stop its reminders is refused
 * (exit 2) before the dashboard starts.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBadContactsFileOrAnUnsetPasswordVariableIsRefusedBeforeAnythingStarts()
            throws Exception {
        Path db = Databases.make(dir, "demo", "demo");
        Path contacts = dir.resolve("danh-ba.csv");
        Files.writeString(contacts, "unit,email\n27694,vanthu at longan\n",
                StandardCharsets.UTF_8);
        Path config = DemoReminders.config(dir, 2525, "danh-ba.csv");
        AppRun app = new AppRun();
        assertEquals(2, app.run("serve", "--config", config.toString(), "--port", "0", "--db",
                db.toString()));
        assertTrue(app.err().contains("danh-ba.csv: line 2: email"), app.err());
        assertFalse(app.out().contains("http://"), "the dashboard did not start: " + app.out());

        DemoReminders.contacts(dir, db);
        Files.writeString(config, Files.readString(config).replace("    timeoutSeconds: 5\n",
                "    timeoutSeconds: 5\n    username: uptake\n"
                        + "    passwordEnv: UPTAKE_TEST_NEVER_SET_42\n"));
        assertEquals(2, app.run("serve", "--config", config.toString(), "--port", "0", "--db",
                db.toString()));
        assertTrue(app.err().contains("UPTAKE_TEST_NEVER_SET_42"), app.err());
        assertFalse(app.out().contains("http://"), app.out());
    }
}
