package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's part "Reminders before the cut-off" on a fresh demo database: its contacts
 * file made as it says, its {@code reminders} block appended to the demo's configuration (the
 * SMTP port being the test's server), and checks that the README shows what each run prints.
 */
class ReadmeRemindTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String PORT = "2525";
    @TempDir
    Path dir;
    private final AppRun app = new AppRun();
    private String db;
    private int port;

    @Test
    void theReadmeShowsWhatTheRemindersPrint() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        db = dir.resolve("uptake").toString();
        assertEquals(0, app.run("demo", "--db", db), app.err());
        writeContacts();
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String block = yamlBlock(readme);
        Path config = dir.resolve("uptake.yaml");
        Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8) + "\n"
                + block.replace("port: " + PORT, "port: " + port), StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>();

        shown.add(excerpt(run(0, "--at", "2020-08-15T15:00", "--dry-run", "--lang", "en"), 5, 3));
        shown.add(excerpt(run(ExitCodes.TEMPFAIL, "--at", "2020-08-15T15:00", "--lang", "en"), 3,
                1));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            shown.add(excerpt(run(0, "--at", "2020-08-15T15:05"), 3, 1));
            shown.add(run(0, "--at", "2020-08-15T16:30"));
            String list = RemindCommandTest.text(java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals("vanthu.794@longan.example")).reduce(
                            (x, y) -> y).orElseThrow()).replace("\r\n", "\n");
            String quoted = readme.replaceAll("\\s+", " ");
            for (String part : List.of("Kính gửi: Thành phố Tân An (mã 794).", "Chưa báo cáo"
                    + " (2):\n  - 27700 Phường 6\n  - 27715 Phường Khánh Hậu")) {
                assertTrue(list.contains(part), list);
                assertTrue(quoted.contains(part.replace(":\n  - ", ": ").replace("\n  - ", ", ")),
                        "the README quotes " + part);
            }
            shown.add(excerpt(run(0, "--at", "2020-08-15T16:45"), 1, 1));
        } finally {
            smtp.stop();
        }
        for (String s : shown) {
            if (!readme.contains("```text\n" + s + "```\n")) {
                Files.writeString(Path.of("target", "readme-remind.txt"), String.join(
                        "\n=====\n", shown), StandardCharsets.UTF_8);
                throw new AssertionError("the README shows (all in target/readme-remind.txt):\n"
                        + s);
            }
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getRecipients(
                    jakarta.mail.Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The contacts, as the README's awk makes them from the report's CSV. */
    private void writeContacts() throws Exception {
        String csv = run2("report", "--unit", "80", "--date", "2020-08-15", "--format", "csv");
        StringBuilder b = new StringBuilder("unit,email,name\n");
        csv.lines().skip(1).forEach(l -> {
            String[] f = l.split(",", -1);
            if (!List.of("80", "27700", "27715", "28246").contains(f[0])) {
                b.append(f[0]).append(",vanthu.").append(f[0]).append("@longan.example,Văn thư ")
                        .append(f[1]).append('\n');
            }
        });
        Files.writeString(dir.resolve("danh-ba.csv"), b, StandardCharsets.UTF_8);
        assertTrue(Files.readString(Path.of("..", "README.md")).contains("$1!=\"80\" &&"
                + " $1!=\"27700\" && $1!=\"27715\" && $1!=\"28246\""), "the README's awk");
    }

    /** The README's reminders block: the yaml that follows its "cat >>" line. */
    private static String yamlBlock(String readme) {
        int from = readme.indexOf("cat >> /tmp/demo/uptake.yaml <<'EOF'\n");
        assertTrue(from > 0, "the README appends the reminders block");
        from = readme.indexOf('\n', from) + 1;
        return readme.substring(from, readme.indexOf("EOF\n", from));
    }

    private String run(int exit, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "remind";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db";
        all[args.length + 2] = db;
        assertEquals(exit, app.run(all), app.err());
        return app.out().replace("127.0.0.1:" + port, "127.0.0.1:" + PORT)
                .replace("127.0.0.1, " + port, "127.0.0.1, " + PORT);
    }

    private String run2(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        assertEquals(0, app.run(all), app.err());
        return app.out();
    }

    /** The first and last lines of an output, "  ..." between them. */
    private static String excerpt(String out, int head, int tail) {
        List<String> l = out.lines().toList();
        return String.join("\n", l.subList(0, head)) + (head > 0 ? "\n" : "") + "  ...\n"
                + String.join("\n", l.subList(l.size() - tail, l.size())) + "\n";
    }
}
