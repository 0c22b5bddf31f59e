package io.github.uptake.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code reminders} section of the configuration file, read and refused at its lines. */
class ReminderSettingsTest {
    private static final String SMTP = "reminders:\n"
            + "  smtp:\n"
            + "    host: mail.longan.example\n"
            + "    from: stttt@longan.example\n";
    @TempDir
    Path dir;

    private Validated<AppConfigFile.Loaded> read(String yaml) throws Exception {
        Path f = dir.resolve("uptake.yaml");
        Files.writeString(f, yaml);
        return AppConfigFile.read(f);
    }

    private static Problem only(Validated<?> v) {
        assertFalse(v.isValid(), "refused");
        assertEquals(1, v.problems().size(), v.problems().toString());
        return v.problems().get(0);
    }

    @Test
    void aFileWithoutTheSectionHasNoReminders() {
        assertNull(AppConfigFile.longAn().config().reminders());
    }

    @Test
    void theDefaultsAreStartTlsAt15hFiveAttemptsInVietnamese() throws Exception {
        ReminderSettings r = read(SMTP + "  contacts: danh-ba.csv\n").value().config()
                .reminders();
        assertEquals("starttls", r.smtp().transport());
        assertEquals(587, r.smtp().port());
        assertEquals(Duration.ofSeconds(10), r.smtp().timeout());
        assertEquals(LocalTime.of(15, 0), r.remindAtTime());
        assertEquals(5, r.maxAttempts());
        assertEquals(Locale.forLanguageTag("vi"), r.locale());
        assertEquals(List.of(), r.leaders());
        assertEquals(dir.resolve("danh-ba.csv").toAbsolutePath().normalize(), r.contactsFile(),
                "the contacts file is found from the configuration's folder");
    }

    @Test
    void everyKeyIsReadAndThePasswordMayComeFromTheEnvironment() throws Exception {
        ReminderSettings r = read("reporting: { cutOff: \"17:00\" }\n"
                + "reminders:\n"
                + "  smtp: { host: smtp.longan.example, port: 465, transport: smtps,"
                + " username: uptake, passwordEnv: UPTAKE_SMTP_PASSWORD,"
                + " from: stttt@longan.example, fromName: Sở TT&TT Long An, timeoutSeconds: 20 }\n"
                + "  remindAt: \"16:15\"\n"
                + "  contacts: /srv/uptake/danh-ba.csv\n"
                + "  leaders: [giamdoc@longan.example, vanphong@longan.example]\n"
                + "  maxAttempts: 8\n"
                + "  language: en\n").value().config().reminders();
        assertEquals(465, r.smtp().port());
        assertEquals("smtps", r.smtp().transport());
        assertEquals("Sở TT&TT Long An", r.smtp().fromName());
        assertEquals(Duration.ofSeconds(20), r.smtp().timeout());
        assertEquals(LocalTime.of(16, 15), r.remindAtTime());
        assertEquals(Path.of("/srv/uptake/danh-ba.csv"), r.contactsFile());
        assertEquals(List.of("giamdoc@longan.example", "vanphong@longan.example"), r.leaders());
        assertEquals(8, r.maxAttempts());
        assertEquals(Locale.ENGLISH, r.locale());
        assertEquals("bí mật", r.smtp().password(Map.of("UPTAKE_SMTP_PASSWORD", "bí mật")::get));
        IllegalStateException unset = assertThrows(IllegalStateException.class,
                () -> r.smtp().password(name -> null));
        assertTrue(unset.getMessage().contains("UPTAKE_SMTP_PASSWORD"), unset.getMessage());
        assertFalse(r.smtp().toString().contains("bí mật"));
    }

    @Test
    void aReminderTimeNotBeforeTheCutOffIsRefusedAtItsLine() throws Exception {
        Problem p = only(read(SMTP + "  remindAt: \"16:00\"\n  contacts: danh-ba.csv\n"));
        assertEquals(5, p.location().line().getAsInt());
        assertEquals("reminders.remindAt", p.location().field().orElseThrow());
        assertTrue(p.messageVi().contains("không trước giờ chốt số liệu 16:00"), p.messageVi());
        assertTrue(p.messageEn().contains("is not before the reporting cut-off 16:00"),
                p.messageEn());

        Problem later = only(read("reporting: { cutOff: \"14:00\" }\n" + SMTP
                + "  contacts: danh-ba.csv\n"));
        assertTrue(later.messageEn().contains("15:00"), "the default time: " + later);
    }

    @Test
    void badValuesAreRefusedAtTheirLinesInBothLanguages() throws Exception {
        Problem transport = only(read(SMTP + "    transport: tls\n  contacts: danh-ba.csv\n"));
        assertEquals(5, transport.location().line().getAsInt());
        assertTrue(transport.messageEn().contains("plain, starttls or smtps"),
                transport.toString());
        assertTrue(transport.messageVi().contains("plain, starttls hoặc smtps"));

        Problem leader = only(read(SMTP + "  contacts: danh-ba.csv\n  leaders: [giamdoc]\n"));
        assertTrue(leader.messageEn().contains("not an e-mail address: giamdoc"),
                leader.toString());

        Problem both = only(read(SMTP + "    username: u\n    password: p\n"
                + "    passwordEnv: X\n  contacts: danh-ba.csv\n"));
        assertTrue(both.messageEn().contains("not both"), both.toString());

        Problem noContacts = only(read(SMTP));
        assertTrue(noContacts.messageEn().contains("contacts CSV file"), noContacts.toString());

        Problem unknown = only(read(SMTP + "  contacts: danh-ba.csv\n  remindAtt: \"15:00\"\n"));
        assertEquals("config.unknown-key", unknown.code());
        assertEquals(6, unknown.location().line().getAsInt());

        Problem attempts = only(read(SMTP + "  contacts: danh-ba.csv\n  maxAttempts: 0\n"));
        assertTrue(attempts.messageVi().contains("từ 1 đến 100"), attempts.toString());
    }

    @Test
    void theExampleInLongAnsFileReadsOnceUncommented() throws Exception {
        String text = AppConfigFile.longAnText();
        int from = text.indexOf("# reminders:");
        assertTrue(from > 0, "the example is in long-an.yaml");
        StringBuilder yaml = new StringBuilder(text.substring(0, from));
        for (String line : text.substring(from).split("\n")) {
            yaml.append(line.startsWith("# ") ? line.substring(2) : line).append('\n');
        }
        ReminderSettings r = read(yaml.toString()).value().config().reminders();
        assertEquals("UPTAKE_SMTP_PASSWORD", r.smtp().passwordEnv());
        assertEquals(List.of("giamdoc@longan.gov.vn"), r.leaders());
        assertEquals(dir.resolve("danh-ba.csv").toAbsolutePath().normalize(), r.contactsFile());
    }
}
