package io.github.uptake.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderException;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderKind;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends to an SMTP server on loopback (GreenMail) and reads what it received. */
class SmtpReminderChannelTest {
    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(new ServerSetup(0,
            "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig()
                    .withUser("stttt@longan.example", "uptake", "mật-khẩu-1"));

    private static final ReminderKey KEY = new ReminderKey("27694", LocalDate.of(2020, 8, 15),
            ReminderKind.BEFORE_CUT_OFF);
    private static final String SUBJECT = "Nhắc báo cáo: Xã Mỹ Yên chưa gửi số liệu ngày"
            + " 15/8/2020 (hạn 16:00)";
    private static final String BODY = "Kính gửi UBND xã Mỹ Yên,\n\nĐến 15:00 ngày 15/8/2020,"
            + " Sở chưa nhận được số người dùng Bluezone của đơn vị. Đề nghị gửi trước 16:00.\n"
            + "Trân trọng.\n";

    private static SmtpSettings settings() {
        return SmtpSettings.of("127.0.0.1", SERVER.getSmtp().getPort(),
                SmtpSettings.Transport.PLAIN, "stttt@longan.example")
                .withFromName("Sở Thông tin và Truyền thông Long An");
    }

    @Test
    void aVietnameseSubjectAndBodyArriveAsWrittenToEveryRecipient() throws Exception {
        SmtpReminderChannel.of(settings()).send(new Reminder(KEY, List.of("vanthu@myyen.example",
                "chutich@myyen.example"), SUBJECT, BODY, List.of()));

        MimeMessage[] got = SERVER.getReceivedMessages();
        assertEquals(2, got.length, "one delivery per recipient");
        MimeMessage m = got[0];
        assertEquals(SUBJECT, m.getSubject());
        // the SMTP data's closing line break is the server's: the text up to it is the body's
        assertEquals(BODY.stripTrailing(), normalised((String) m.getContent()).stripTrailing());
        assertTrue(m.getContentType().toLowerCase().contains("charset=utf-8"), m.getContentType());
        assertEquals(List.of("vanthu@myyen.example", "chutich@myyen.example"),
                addresses(m.getRecipients(Message.RecipientType.TO)));
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("stttt@longan.example", from.getAddress());
        assertEquals("Sở Thông tin và Truyền thông Long An", from.getPersonal());
        assertEquals("auto-generated", m.getHeader("Auto-Submitted")[0]);
    }

    @Test
    void attachmentsArriveWithTheirNameTypeAndBytes() throws Exception {
        byte[] xlsx = new byte[3000];
        for (int i = 0; i < xlsx.length; i++) {
            xlsx[i] = (byte) (i * 31);
        }
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        SmtpReminderChannel.of(settings()).send(new Reminder(new ReminderKey("80",
                LocalDate.of(2020, 8, 15), ReminderKind.DIGEST), List.of("lanhdao@longan.example"),
                "Tổng hợp ngày 15/8/2020", BODY, List.of(new Reminder.Attachment(
                        "Báo cáo tổng hợp 80 2020-08-15.xlsx", type, xlsx))));

        MimeMessage m = SERVER.getReceivedMessages()[0];
        assertEquals("Tổng hợp ngày 15/8/2020", m.getSubject());
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertEquals(2, parts.getCount());
        assertEquals(BODY, normalised((String) parts.getBodyPart(0).getContent()));
        BodyPart file = parts.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("Báo cáo tổng hợp 80 2020-08-15.xlsx", file.getFileName());
        assertTrue(file.getContentType().startsWith(type), file.getContentType());
        try (InputStream in = file.getInputStream()) {
            assertArrayEquals(xlsx, in.readAllBytes());
        }
    }

    @Test
    void aLoginTheServerKnowsIsUsedAndAWrongPasswordIsRefused() throws Exception {
        Reminder r = new Reminder(KEY, List.of("vanthu@myyen.example"), SUBJECT, BODY,
                List.of());
        SmtpReminderChannel.of(settings().withLogin("uptake", "mật-khẩu-1")).send(r);
        assertEquals(1, SERVER.getReceivedMessages().length);

        ReminderException e = assertThrows(ReminderException.class, () -> SmtpReminderChannel
                .of(settings().withLogin("uptake", "sai")).send(r));
        assertInstanceOf(MessagingException.class, e.getCause());
        assertEquals(1, SERVER.getReceivedMessages().length, "nothing more was delivered");
    }

    @Test
    void aServerThatIsDownIsAReminderExceptionNamingItWithTheCause() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        SmtpReminderChannel down = SmtpReminderChannel.of(SmtpSettings.of("127.0.0.1", closed,
                SmtpSettings.Transport.PLAIN, "stttt@longan.example"));
        ReminderException e = assertThrows(ReminderException.class, () -> down.send(
                new Reminder(KEY, List.of("vanthu@myyen.example"), SUBJECT, BODY, List.of())));
        assertTrue(e.getMessage().contains("127.0.0.1:" + closed), e.getMessage());
        assertInstanceOf(MessagingException.class, e.getCause());
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    accepted.add(silent.accept()); // and never says a word
                } catch (IOException ignored) {
                    // the test closed the socket
                }
            });
            acceptor.start();
            SmtpReminderChannel slow = SmtpReminderChannel.of(SmtpSettings.of("127.0.0.1",
                    silent.getLocalPort(), SmtpSettings.Transport.PLAIN, "stttt@longan.example")
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));
            long start = System.nanoTime();
            assertThrows(ReminderException.class, () -> slow.send(new Reminder(KEY,
                    List.of("vanthu@myyen.example"), SUBJECT, BODY, List.of())));
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(took < 5_000, "gave up after " + took + " ms");
            acceptor.join(5_000);
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void aRecipientThatIsNotAnAddressIsRefusedBeforeConnecting() {
        ReminderException e = assertThrows(ReminderException.class, () -> SmtpReminderChannel
                .of(settings()).send(new Reminder(KEY, List.of("vanthu at myyen"), SUBJECT, BODY,
                        List.of())));
        assertTrue(e.getMessage().contains("vanthu at myyen"), e.getMessage());
        assertEquals(0, SERVER.getReceivedMessages().length);
    }

    @Test
    void eachTransportSetsItsProtocolTlsAndTimeouts() {
        SmtpSettings plain = SmtpSettings.of("mail.example", 25, SmtpSettings.Transport.PLAIN,
                "a@example.org").withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(7));
        var p = SmtpReminderChannel.properties(plain);
        assertEquals("smtp", p.getProperty("mail.transport.protocol"));
        assertEquals("3000", p.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("7000", p.getProperty("mail.smtp.timeout"));
        assertEquals("7000", p.getProperty("mail.smtp.writetimeout"));
        assertEquals("false", p.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", p.getProperty("mail.smtp.auth"));

        var tls = SmtpReminderChannel.properties(SmtpSettings.of("mail.example", 587,
                SmtpSettings.Transport.STARTTLS, "a@example.org").withLogin("u", "p"));
        assertEquals("true", tls.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", tls.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("true", tls.getProperty("mail.smtp.auth"));

        var smtps = SmtpReminderChannel.properties(SmtpSettings.of("mail.example", 465,
                SmtpSettings.Transport.SMTPS, "a@example.org"));
        assertEquals("smtps", smtps.getProperty("mail.transport.protocol"));
        assertEquals("true", smtps.getProperty("mail.smtps.ssl.enable"));
        assertEquals("true", smtps.getProperty("mail.smtps.ssl.checkserveridentity"));
    }

    @Test
    void startTlsRequiredIsRefusedByAServerThatDoesNotOfferIt() {
        SmtpSettings s = SmtpSettings.of("127.0.0.1", SERVER.getSmtp().getPort(),
                SmtpSettings.Transport.STARTTLS, "stttt@longan.example");
        assertThrows(ReminderException.class, () -> SmtpReminderChannel.of(s).send(new Reminder(
                KEY, List.of("vanthu@myyen.example"), SUBJECT, BODY, List.of())));
        assertEquals(0, SERVER.getReceivedMessages().length, "never sent in the clear");
    }

    private static List<String> addresses(Address[] a) {
        return Arrays.stream(a).map(x -> ((InternetAddress) x).getAddress()).toList();
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }
}
