package io.github.uptake.app;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import io.github.uptake.remind.Reminder;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The file the leaders' daily digest carries: the Department's written report of the day
 * ({@link DailyWrittenReport}), as {@code uptake report --format docx} and the dashboard's Word
 * download write it, in the reminders' language, with the configuration's header, signer and
 * wording. The one place that says what is attached. This class is stateless and thread-safe.
 */
final class DigestAttachment {
    /** The media type of a .docx document. */
    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DigestAttachment() {
    }

    /**
     * Writes the attachment of a day's digest.
     *
     * @param storage  the database's stores, not null
     * @param province  the unit the report is of, not null
     * @param day  the day, not null
     * @param policy  how the report rolls up, not null
     * @param config  the configuration: header, signer, wording; not null
     * @param locale  the report's language, not null
     * @return the attachment, named {@code bao-cao-CODE-YYYY-MM-DD.docx}, not null
     * @throws io.github.uptake.problem.ProblemsException if a wording file of the configuration
     *     is now missing or wrong
     */
    static Reminder.Attachment of(JdbcStorage storage, String province, LocalDate day,
                                  RollUpPolicy policy, AppConfig config, Locale locale) {
        DailyWrittenReport report = DailyWrittenReport.load(storage, province, day,
                Segment.RESIDENTS, policy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            report.write(config, locale, province, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory
        }
        return new Reminder.Attachment("bao-cao-" + province + "-" + day + ".docx", DOCX,
                out.toByteArray());
    }
}
