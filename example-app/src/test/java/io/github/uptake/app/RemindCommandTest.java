package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.uptake.remind.ReminderKind;
import io.github.uptake.remind.ReminderLog;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake remind} on the Long An demo, sending to an SMTP server on loopback (GreenMail)
 * started by the test: before the cut-off the units that had not reported get one message each,
 * after it each district its late list and the leaders the digest with the report; nothing is
 * sent twice, across runs as after a restart; a server down is retried on a later run, once.
 */
class RemindCommandTest {
    @TempDir
    static Path shared;
    private static Path template;
    private static int next;
    @TempDir
    Path dir;
    private Path db;
    private Path contacts;
    private int port;
    private GreenMail smtp;

    @BeforeAll
    static void demo() {
        template = Databases.make(shared, "demo", "demo");
    }

    @BeforeEach
    void copy() throws Exception {
        db = Databases.copy(template, dir, "remind-" + next++);
        contacts = DemoReminders.contacts(dir, db);
        port = freePort();
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void at15hTheUnitsThatHadNotReportedGetOneMessageEachAndNothingIsSentTwice()
            throws Exception {
        start();
        AppRun app = new AppRun();
        assertEquals(0, remind(app, "2020-08-15T15:00"), app.err());

        Map<String, String> missing = DemoReminders.notReportedBy(db, DemoReminders.at("15:00"));
        assertTrue(missing.size() > 10, "the demo has units that had not reported: " + missing);
        Set<String> expected = DemoReminders.addressesOf(missing.keySet());
        Map<String, List<MimeMessage>> got = byRecipient(smtp.getReceivedMessages());
        assertEquals(expected, got.keySet(), "exactly the units without a figure, with an"
                + " address");
        for (Map.Entry<String, List<MimeMessage>> e : got.entrySet()) {
            assertEquals(1, e.getValue().size(), "one message to " + e.getKey());
            MimeMessage m = e.getValue().get(0);
            String code = e.getKey().substring("vanthu.".length(), e.getKey().indexOf('@'));
            assertTrue(m.getSubject() != null && !m.getSubject().isBlank());
            String body = text(m);
            assertTrue(body.contains(DemoReminders.name(db, code)), "the unit's name in: " + body);
        }
        for (String code : DemoReminders.NO_CONTACT) {
            if (missing.containsKey(code)) {
                assertTrue(app.out().contains(code + " " + DemoReminders.name(db, code)),
                        "listed without an address: " + code);
            }
        }
        int sent = smtp.getReceivedMessages().length;
        assertEquals(expected.size(), sent);

        assertEquals(0, remind(app, "2020-08-15T15:05"), app.err());
        assertEquals(sent, smtp.getReceivedMessages().length, "a second run sends nothing");
        assertTrue(app.out().contains("đã gửi trước đó"), app.out());

        AppRun restarted = new AppRun();
        assertEquals(0, remind(restarted, "2020-08-15T15:10"), restarted.err());
        assertEquals(sent, smtp.getReceivedMessages().length, "a restart sends nothing twice");
    }

    @Test
    void afterTheCutOffEachDistrictGetsItsLateListAndTheLeadersTheDigestWithTheReport()
            throws Exception {
        start();
        AppRun app = new AppRun();
        assertEquals(0, remind(app, "2020-08-15T16:30"), app.err());

        Map<String, String> late = DemoReminders.notReportedBy(db, DemoReminders.at("16:00"));
        Set<String> districts = new TreeSet<>(late.values());
        Set<String> expected = DemoReminders.addressesOf(districts);
        expected.add(DemoReminders.LEADER);
        Map<String, List<MimeMessage>> got = byRecipient(smtp.getReceivedMessages());
        assertEquals(expected, got.keySet());
        for (String district : districts) {
            List<MimeMessage> m = got.get(DemoReminders.address(district));
            assertEquals(1, m.size());
            String body = text(m.get(0));
            late.forEach((commune, parent) -> {
                if (parent.equals(district)) {
                    assertTrue(body.contains(commune) || body.contains(DemoReminders.name(db,
                            commune)), "the late commune " + commune + " in: " + body);
                }
            });
        }
        MimeMessage digest = got.get(DemoReminders.LEADER).get(0);
        assertEquals(1, got.get(DemoReminders.LEADER).size());
        MimeMultipart parts = (MimeMultipart) digest.getContent();
        BodyPart file = attachment(parts);
        assertEquals("bao-cao-80-2020-08-15.docx", file.getFileName());
        try (InputStream in = file.getInputStream();
             org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             org.apache.poi.xwpf.extractor.XWPFWordExtractor words =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String text = words.getText();
            // the Department's written report of the day, its sentence from the same snapshot
            assertTrue(text.contains("Long An, ngày 15 tháng 8 năm 2020"), text);
            assertTrue(text.contains("197.011") && text.contains("11,09%")
                    && text.contains("868.874"), text);
        }
        assertTrue(text(digest).contains("197.011"), "the province's count: " + text(digest));

        int sent = smtp.getReceivedMessages().length;
        assertEquals(0, remind(new AppRun(), "2020-08-15T17:00"));
        assertEquals(sent, smtp.getReceivedMessages().length, "nothing twice after a restart");
    }

    @Test
    void aServerDownIsReportedLoggedAsFailedAndSentOnceOnALaterRun() throws Exception {
        AppRun app = new AppRun();
        assertEquals(ExitCodes.TEMPFAIL, remind(app, "2020-08-15T15:00"), app.err());
        assertTrue(app.out().contains("LỖI (lần thử 1), sẽ thử lại"), app.out());

        Set<String> expected = DemoReminders.addressesOf(DemoReminders.notReportedBy(db,
                DemoReminders.at("15:00")).keySet());
        List<ReminderLog.Entry> entries = log();
        assertEquals(expected.size(), entries.size());
        for (ReminderLog.Entry e : entries) {
            assertEquals(ReminderLog.Status.FAILED, e.status(), e.toString());
            assertEquals(ReminderKind.BEFORE_CUT_OFF, e.key().kind());
            assertTrue(e.lastError().orElse("").contains("127.0.0.1:" + port), e.toString());
        }

        start();
        assertEquals(0, remind(app, "2020-08-15T15:01"), app.err());
        Map<String, List<MimeMessage>> got = byRecipient(smtp.getReceivedMessages());
        assertEquals(expected, got.keySet());
        got.forEach((to, m) -> assertEquals(1, m.size(), to));
        assertTrue(log().stream().allMatch(e -> e.status() == ReminderLog.Status.SENT));

        assertEquals(0, remind(app, "2020-08-15T15:02"), app.err());
        assertEquals(expected.size(), smtp.getReceivedMessages().length, "sent once");
    }

    @Test
    void aDryRunListsWhoWouldGetWhatAndSendsAndStoresNothing() throws Exception {
        start();
        AppRun app = new AppRun();
        assertEquals(0, app.run("remind", "--config", config().toString(), "--at",
                "2020-08-15T15:00", "--dry-run", "--lang", "en", "--db", db.toString()),
                app.err());
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(List.of(), log(), "nothing stored");
        Map<String, String> missing = DemoReminders.notReportedBy(db, DemoReminders.at("15:00"));
        for (String code : missing.keySet()) {
            String line = code + " " + DemoReminders.name(db, code);
            assertTrue(app.out().contains(line), line + " in " + app.out());
        }
        assertTrue(app.out().contains("would send"), app.out());
        assertTrue(app.out().contains("No address in the contacts"), app.out());
    }

    @Test
    void aBadContactsFileIsRefusedAtItsLinesAndNothingIsSent() throws Exception {
        start();
        Files.writeString(contacts, "unit,email,name\n27694,vanthu.27694@longan.example,A\n"
                + "27697,vanthu at longan,B\n99999,x@longan.example,C\n", StandardCharsets.UTF_8);
        AppRun app = new AppRun();
        assertEquals(2, remind(app, "2020-08-15T15:00"));
        assertTrue(app.err().contains("danh-ba.csv: line 3: email"), app.err());
        assertTrue(app.err().contains("danh-ba.csv: line 4: unit"), app.err());
        assertTrue(app.err().contains("not an e-mail address"), "both languages: " + app.err());
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(List.of(), log());
    }

    @Test
    void aConfigurationWithoutRemindersOrWithAnUnsetPasswordVariableIsRefused()
            throws Exception {
        AppRun app = new AppRun();
        Path plain = dir.resolve("plain.yaml");
        Files.writeString(plain, io.github.uptake.app.config.AppConfigFile.longAnText());
        assertEquals(2, app.run("remind", "--config", plain.toString(), "--db", db.toString()));
        assertTrue(app.err().contains("has no reminders section"), app.err());

        Path env = dir.resolve("env.yaml");
        Files.writeString(env, Files.readString(config()).replace("    timeoutSeconds: 5\n",
                "    timeoutSeconds: 5\n    username: uptake\n"
                        + "    passwordEnv: UPTAKE_TEST_NEVER_SET_42\n"));
        assertEquals(2, app.run("remind", "--config", env.toString(), "--at",
                "2020-08-15T15:00", "--db", db.toString()));
        assertTrue(app.err().contains("UPTAKE_TEST_NEVER_SET_42"), app.err());
        assertTrue(app.err().contains("set it before running"), app.err());
        assertEquals(List.of(), log(), "nothing claimed");
        // a dry run says so too: it tells whether a run would send
        AppRun dry = new AppRun();
        assertEquals(2, dry.run("remind", "--config", env.toString(), "--at",
                "2020-08-15T15:00", "--dry-run", "--db", db.toString()));
        assertTrue(dry.err().contains("UPTAKE_TEST_NEVER_SET_42"), dry.err());
        assertEquals(List.of(), log(), "nothing claimed");
    }

    private int remind(AppRun app, String at) throws Exception {
        return app.run("remind", "--config", config().toString(), "--at", at, "--db",
                db.toString());
    }

    private Path config() throws Exception {
        return DemoReminders.config(dir, port, contacts.getFileName().toString());
    }

    private List<ReminderLog.Entry> log() {
        try (AppStorage s = AppStorage.open(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(db))) {
            return s.storage().reminderLog().entries(DemoReminders.DAY);
        }
    }

    private void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The messages by recipient: GreenMail keeps one delivery per recipient. */
    static Map<String, List<MimeMessage>> byRecipient(MimeMessage[] received) throws Exception {
        Map<String, List<MimeMessage>> out = new TreeMap<>();
        for (MimeMessage m : received) {
            Set<String> to = new TreeSet<>();
            for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                to.add(((InternetAddress) a).getAddress());
            }
            // one delivery per recipient: attribute each to the next recipient not yet seen
            for (String a : to) {
                List<MimeMessage> l = out.computeIfAbsent(a, k -> new ArrayList<>());
                if (l.size() < count(received, a)) {
                    l.add(m);
                    break;
                }
            }
        }
        return out;
    }

    private static long count(MimeMessage[] received, String address) throws Exception {
        long n = 0;
        for (MimeMessage m : received) {
            for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                if (((InternetAddress) a).getAddress().equals(address)) {
                    n++;
                }
            }
        }
        return n;
    }

    static String text(MimeMessage m) throws Exception {
        Object c = m.getContent();
        if (c instanceof String s) {
            return s;
        }
        MimeMultipart parts = (MimeMultipart) c;
        return (String) parts.getBodyPart(0).getContent();
    }

    private static BodyPart attachment(MimeMultipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equals(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    @Test
    void theRunsOutputSaysTheMomentAndTheTimes() throws Exception {
        start();
        AppRun app = new AppRun();
        assertEquals(0, remind(app, "2020-08-15T14:00"), app.err());
        assertTrue(app.out().startsWith("Nhắc việc ngày 15/8/2020 lúc 14:00 (Asia/Ho_Chi_Minh);"
                + " giờ nhắc 15:00, hạn 16:00."), app.out());
        assertTrue(app.out().contains("Chưa đến giờ nhắc: không có gì đến hạn."), app.out());
        assertEquals(0, smtp.getReceivedMessages().length, "nothing before the reminder time");
    }
}
