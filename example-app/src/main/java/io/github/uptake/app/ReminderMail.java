package io.github.uptake.app;

import io.github.uptake.app.config.ReminderSettings;
import io.github.uptake.mail.SmtpReminderChannel;
import io.github.uptake.mail.SmtpSettings;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The e-mail channel the configuration's {@code reminders.smtp} describes. This class is
 * stateless and thread-safe.
 */
final class ReminderMail {
    private ReminderMail() {
    }

    /**
     * Makes the channel.
     *
     * @param r  the reminders' settings, not null
     * @param env  reads an environment variable ({@code System::getenv}), for
     *     {@code passwordEnv}, not null
     * @return the channel, not null
     * @throws IllegalStateException if {@code passwordEnv} names a variable that is not set (its
     *     message in both languages)
     */
    static SmtpReminderChannel channel(ReminderSettings r, UnaryOperator<String> env) {
        ReminderSettings.Smtp smtp = r.smtp();
        SmtpSettings s = SmtpSettings.of(smtp.host(), smtp.port(), SmtpSettings.Transport.valueOf(
                smtp.transport().toUpperCase(Locale.ROOT)), smtp.from())
                .withFromName(smtp.fromName())
                .withTimeouts(smtp.timeout(), smtp.timeout());
        String password = smtp.password(env);
        if (smtp.username() != null) {
            s = s.withLogin(smtp.username(), password == null ? "" : password);
        }
        return SmtpReminderChannel.of(s);
    }
}
