package io.github.uptake.remind;

/**
 * A reminder could not be sent; it will be tried again.
 *
 * @since 0.2.0
 */
public class ReminderException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param message  why, for the log, not null
     * @param cause  the channel's own exception, null if none
     */
    public ReminderException(String message, Throwable cause) {
        super(message, cause);
    }
}
