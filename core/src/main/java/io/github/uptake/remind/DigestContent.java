package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * What the caller adds to the leaders' daily digest: the day's headline or any text, in both
 * languages, and files to attach (the written report). The planner puts its own line on who
 * reported first, then this text.
 *
 * <p>This class is immutable and thread-safe (the attachments copy their bytes).
 *
 * @param bodyVi  the text in Vietnamese, not null, possibly empty
 * @param bodyEn  the text in English, not null, possibly empty
 * @param attachments  the files to attach, not null, possibly empty
 * @since 0.2.0
 */
public record DigestContent(String bodyVi, String bodyEn, List<Reminder.Attachment> attachments) {

    /**
     * Checks the parts and copies the list.
     *
     * @param bodyVi  the text in Vietnamese, not null
     * @param bodyEn  the text in English, not null
     * @param attachments  the files to attach, not null, no null element
     * @throws NullPointerException if a part or an attachment is null
     */
    public DigestContent {
        Checks.notNull(bodyVi, "bodyVi");
        Checks.notNull(bodyEn, "bodyEn");
        attachments = List.copyOf(Checks.notNull(attachments, "attachments"));
    }

    /**
     * Returns content that adds nothing: the digest says only who reported.
     *
     * @return empty texts and no attachment, not null
     */
    public static DigestContent none() {
        return new DigestContent("", "", List.of());
    }

    /**
     * Returns the text in a language.
     *
     * @param language  the language: Vietnamese for {@code vi}, English otherwise; not null
     * @return the text, not null
     */
    public String body(Locale language) {
        return "vi".equals(language.getLanguage()) ? bodyVi : bodyEn;
    }
}
