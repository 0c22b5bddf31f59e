package io.github.uptake.app.web.security;

import java.io.IOException;

/**
 * Thrown by a read of a request body that has gone past the upload limit. It is an
 * {@link IOException} so that Jetty hands it on unchanged from every reader of the body (the
 * multipart parser, {@code ctx.body()}, an input stream); {@link WebSecurity} answers it with 413.
 */
final class UploadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param limit  the limit, in bytes
     * @param read  the bytes read when it was passed
     */
    UploadTooLargeException(long limit, long read) {
        super("request body over " + limit + " bytes (" + read + " read)");
    }
}
