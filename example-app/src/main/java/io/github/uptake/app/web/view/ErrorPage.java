package io.github.uptake.app.web.view;

/**
 * A page that says why a request was not answered (400, 403, 404, 413, 500), in the session's
 * language.
 *
 * @param layout  the frame, not null
 * @param status  the HTTP status, e.g. 404
 * @param title  the heading, e.g. "Không tìm thấy", not null
 * @param message  what went wrong, not null
 * @param messageId  the id of the message's element (e.g. {@code refused}), not null
 * @param hint  what to do, null for nothing more
 * @param reference  the reference of a server fault in the log, null for other failures
 * @param backHref  where to go back to, not null
 */
public record ErrorPage(Layout layout, int status, String title, String message, String messageId,
                        String hint, String reference, String backHref) {
}
