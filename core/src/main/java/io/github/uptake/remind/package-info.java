/**
 * Reminders before the cut-off and lists of late units after it: who gets what
 * ({@link io.github.uptake.remind.ReminderPlanner}), the sending side as a port a province can
 * implement for its own channel ({@link io.github.uptake.remind.ReminderChannel}: e-mail, SMS, a
 * chat platform), the record of what was sent, so a restart never sends the same reminder
 * twice ({@link io.github.uptake.remind.ReminderLog}), and the run that sends through both
 * ({@link io.github.uptake.remind.Reminders}).
 *
 * @since 0.2.0
 */
package io.github.uptake.remind;
