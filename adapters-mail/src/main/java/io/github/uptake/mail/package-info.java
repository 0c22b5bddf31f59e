/**
 * Reminders by e-mail: {@link io.github.uptake.mail.SmtpReminderChannel}, core's
 * {@link io.github.uptake.remind.ReminderChannel} over SMTP (plain, STARTTLS or SMTPS, with
 * {@link io.github.uptake.mail.SmtpSettings}), with Jakarta Mail.
 *
 * @since 0.2.0
 */
package io.github.uptake.mail;
