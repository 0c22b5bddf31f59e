package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One message to send: its key, the addresses it goes to, a subject and a plain-text body (the
 * language chosen by whoever made it), and any attachments.
 *
 * @param key  what the reminder is, not null
 * @param recipients  the addresses (e-mail addresses for the e-mail channel, phone numbers for an
 *     SMS one...), at least one, not null, no element blank or holding a line break (a log keeps
 *     them one a line; an address never holds one)
 * @param subject  the subject line, not blank
 * @param body  the text, not null
 * @param attachments  files to attach, not null, possibly empty
 * @since 0.2.0
 */
public record Reminder(ReminderKey key, List<String> recipients, String subject, String body,
                       List<Attachment> attachments) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param key  what the reminder is, not null
     * @param recipients  the addresses, at least one, no element blank or holding a line break
     * @param subject  the subject line, not blank
     * @param body  the text, not null
     * @param attachments  files to attach, not null
     * @throws NullPointerException if a part or an element is null
     * @throws IllegalArgumentException if there is no recipient, a recipient or the subject is
     *     blank, or a recipient holds a line break ({@code \r} or {@code \n})
     */
    public Reminder {
        Checks.notNull(key, "key");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty() || recipients.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a reminder needs recipients, none blank: "
                    + recipients);
        }
        for (String r : recipients) {
            if (r.indexOf('\n') >= 0 || r.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a recipient must not hold a line break, was "
                        + r.replace("\r", "\\r").replace("\n", "\\n") + " in " + key);
            }
        }
        Checks.text(subject, "subject");
        Checks.notNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    /**
     * A file attached to a reminder.
     *
     * @param fileName  the file's name, not blank
     * @param mediaType  its media type, not blank
     * @param content  its bytes, not null (copied)
     */
    public record Attachment(String fileName, String mediaType, byte[] content) {
        /**
         * Checks the parts and copies the bytes.
         *
         * @param fileName  the file's name, not blank
         * @param mediaType  its media type, not blank
         * @param content  its bytes, not null
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Attachment {
            Checks.text(fileName, "fileName");
            Checks.text(mediaType, "mediaType");
            content = Checks.notNull(content, "content").clone();
        }

        /**
         * Returns a copy of the bytes.
         *
         * @return the bytes, not null
         */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /**
         * Returns true if the other is an attachment of the same name, media type and bytes.
         *
         * @param o  the other object, may be null
         * @return true if equal, comparing the bytes' contents
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && a.fileName.equals(fileName)
                    && a.mediaType.equals(mediaType) && Arrays.equals(a.content, content);
        }

        /**
         * Returns a hash of the name, media type and bytes' contents.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(fileName, mediaType) * 31 + Arrays.hashCode(content);
        }

        /**
         * Returns the name, media type and size, never the bytes.
         *
         * @return e.g. {@code Attachment[bao-cao.docx, application/..., 18304 bytes]}, not null
         */
        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
        }
    }
}
