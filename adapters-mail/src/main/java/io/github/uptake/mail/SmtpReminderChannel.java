package io.github.uptake.mail;

import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderChannel;
import io.github.uptake.remind.ReminderException;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends reminders by e-mail over SMTP, with Jakarta Mail (Eclipse Angus): one message per
 * reminder, to all its recipients, the subject and the plain-text body in UTF-8 (Vietnamese as
 * written), each attachment a part of its own with its file name and media type.
 *
 * <p>A message is marked {@code Auto-Submitted: auto-generated} (RFC 3834), so that out-of-office
 * answers are not sent back. Every send opens its own connection, bounded by the settings'
 * timeouts; nothing is retried here (the caller retries through its
 * {@link io.github.uptake.remind.ReminderLog}). A send that fails (the server down or slow, a login
 * or a recipient refused, an address that is not one) throws a {@link ReminderException} whose
 * message names the server and says why, with Jakarta Mail's exception as its cause.
 *
 * <p>This class is immutable and thread-safe: sends may run at the same time.
 *
 * @since 0.2.0
 */
public final class SmtpReminderChannel implements ReminderChannel {
    private static final String UTF_8 = "UTF-8";

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;

    private SmtpReminderChannel(SmtpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(properties(settings));
    }

    /**
     * Obtains a channel that sends through a server.
     *
     * @param settings  the server and the sender, not null
     * @return the channel, not null
     * @throws NullPointerException if the settings are null
     */
    public static SmtpReminderChannel of(SmtpSettings settings) {
        return new SmtpReminderChannel(settings, Clock.systemUTC());
    }

    /**
     * Obtains a channel whose messages are dated by a clock, for tests.
     *
     * @param settings  the server and the sender, not null
     * @param clock  the clock of the messages' {@code Date} header, not null
     * @return the channel, not null
     * @throws NullPointerException if an argument is null
     */
    public static SmtpReminderChannel of(SmtpSettings settings, Clock clock) {
        return new SmtpReminderChannel(settings, clock);
    }

    /**
     * Returns the settings the channel sends with.
     *
     * @return the settings, not null
     */
    public SmtpSettings settings() {
        return settings;
    }

    /**
     * Sends a reminder as one e-mail to all its recipients.
     *
     * @param reminder  the reminder, not null
     * @throws ReminderException if the message could not be handed to the server: the server
     *     could not be reached in time, refused the login, the sender or a recipient, or a
     *     recipient is not an e-mail address
     * @throws NullPointerException if the reminder is null
     */
    @Override
    public void send(Reminder reminder) throws ReminderException {
        Objects.requireNonNull(reminder, "reminder");
        MimeMessage message;
        try {
            message = message(reminder);
        } catch (AddressException e) {
            throw new ReminderException("not an e-mail address: " + e.getRef() + " ("
                    + e.getMessage() + ")", e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new ReminderException("the message could not be made: " + e.getMessage(), e);
        }
        String protocol = protocol(settings);
        try (Transport t = session.getTransport(protocol)) {
            t.connect(settings.host(), settings.port(), settings.username().orElse(null),
                    settings.password().orElse(null));
            t.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new ReminderException(settings.transport() + " " + settings.host() + ":"
                    + settings.port() + ": " + why(e), e);
        }
    }

    /** Makes the message: headers, then the text alone or the text and the attachments. */
    private MimeMessage message(Reminder r) throws MessagingException,
            UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(settings.fromName().isPresent()
                ? new InternetAddress(settings.fromAddress(), settings.fromName().get(), UTF_8)
                : new InternetAddress(settings.fromAddress(), true));
        List<String> to = r.recipients();
        InternetAddress[] addresses = new InternetAddress[to.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(to.get(i).strip(), true);
        }
        m.setRecipients(Message.RecipientType.TO, addresses);
        m.setSubject(r.subject(), UTF_8);
        m.setSentDate(Date.from(clock.instant()));
        m.setHeader("Auto-Submitted", "auto-generated");
        if (r.attachments().isEmpty()) {
            m.setText(r.body(), UTF_8);
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(r.body(), UTF_8);
            parts.addBodyPart(text);
            for (Reminder.Attachment a : r.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(),
                        a.mediaType())));
                file.setFileName(a.fileName());
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(file);
            }
            m.setContent(parts);
        }
        m.saveChanges();
        return m;
    }

    /** Returns Jakarta Mail's message and those of its causes, on one line. */
    private static String why(MessagingException e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 1000; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            m = m.replaceAll("\\s+", " ").strip();
            if (b.indexOf(m) < 0) {
                b.append(b.isEmpty() ? "" : "; ").append(m);
            }
        }
        return b.toString();
    }

    private static String protocol(SmtpSettings s) {
        return s.transport() == SmtpSettings.Transport.SMTPS ? "smtps" : "smtp";
    }

    /** The session's properties: timeouts, TLS as the transport says, login, UTF-8. */
    static Properties properties(SmtpSettings s) {
        String p = protocol(s);
        String prefix = "mail." + p + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", p);
        props.setProperty(prefix + "host", s.host());
        props.setProperty(prefix + "port", String.valueOf(s.port()));
        props.setProperty(prefix + "connectiontimeout",
                String.valueOf(s.connectTimeout().toMillis()));
        props.setProperty(prefix + "timeout", String.valueOf(s.readTimeout().toMillis()));
        props.setProperty(prefix + "writetimeout", String.valueOf(s.readTimeout().toMillis()));
        props.setProperty(prefix + "auth", String.valueOf(s.username().isPresent()));
        props.setProperty(prefix + "from", s.fromAddress());
        props.setProperty("mail.mime.charset", UTF_8);
        switch (s.transport()) {
            case STARTTLS -> {
                props.setProperty(prefix + "starttls.enable", "true");
                props.setProperty(prefix + "starttls.required", "true");
                props.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case SMTPS -> {
                props.setProperty(prefix + "ssl.enable", "true");
                props.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            default -> props.setProperty(prefix + "starttls.enable", "false");
        }
        return props;
    }

    /**
     * Returns the channel for a log: its settings, without the password.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "SmtpReminderChannel[" + settings + "]";
    }
}
