package io.github.uptake.app.web.security;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpInput;
import org.eclipse.jetty.server.Request;

/**
 * Refuses request bodies over the upload limit without storing them (OWASP File Upload Cheat
 * Sheet, "Upload and Download Limits"; OWASP Denial of Service Cheat Sheet): a body whose
 * {@code Content-Length} is over the limit is answered 413 before a byte of it is read; a body
 * without a length (chunked) is counted as it is read, by every reader (Jetty's multipart parser,
 * {@code ctx.body()}, {@code ctx.formParam}, an input stream), and the read that passes the limit
 * fails with {@link UploadTooLargeException}, which is answered 413 in the same words. Every 413
 * says {@code Connection: close} and the connection is closed {@link #LINGER_MILLIS} later, so a
 * client does not go on sending the rest (Jetty alone would read and discard it to the end).
 *
 * <p>Why this is needed beside Javalin's {@code http.maxRequestSize}: in Javalin 6.7 that limit is
 * checked only by {@code ctx.body()}/{@code bodyAsBytes()} against the declared
 * {@code Content-Length}; a chunked body passes it, and uploaded files
 * ({@code ctx.uploadedFile}, Jetty's multipart parser) never look at it.
 *
 * <p>Sizes are shown in megabytes of 10^6 bytes, as the setting is given.
 */
final class UploadLimit {
    /** The request attribute set (to the bytes read) when a body passed the limit. */
    static final String EXCEEDED = UploadLimit.class.getName() + ".exceeded";
    /** The request attribute set when the 413 answer is this class's. */
    private static final String ANSWERED = UploadLimit.class.getName() + ".answered";

    /** How long a connection refused with 413 stays open for the answer to reach the client. */
    static final long LINGER_MILLIS = 2_000;

    private final long limit;

    /**
     * Creates the limit.
     *
     * @param limit  the largest request body, in bytes, positive
     */
    UploadLimit(long limit) {
        this.limit = limit;
    }

    /**
     * Answers 413 if the request declares a body over the limit; otherwise counts the body as it
     * is read.
     *
     * @param ctx  the request, not null
     * @return true if the request was refused (answered)
     */
    boolean refused(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            refuse(ctx, declared);
            return true;
        }
        if (declared != 0) {
            Request base = Request.getBaseRequest(ctx.req());
            if (base != null) {
                base.getHttpInput().addInterceptor(new Counter(ctx.req()));
            }
        }
        return false;
    }

    /** Returns true if a body read in this request passed the limit. */
    boolean exceeded(Context ctx) {
        return ctx.req().getAttribute(EXCEEDED) != null;
    }

    /** Returns true if the request's answer is already this class's 413. */
    boolean answered(Context ctx) {
        return ctx.req().getAttribute(ANSWERED) != null;
    }

    /**
     * Answers 413 with the sizes, in Vietnamese and English, and closes the connection.
     *
     * @param ctx  the request, not null
     * @param size  the body's size in bytes if known (over the limit), otherwise -1
     */
    void refuse(Context ctx, long size) {
        if (!answered(ctx)) {
            ctx.req().setAttribute(ANSWERED, Boolean.TRUE);
            closeSoon(ctx);
        }
        ctx.header("Connection", "close");
        Answers.refuse(ctx, 413, "too-large", message(size, true), message(size, false));
    }

    /**
     * Closes the connection {@link #LINGER_MILLIS} after now. {@code Connection: close} alone is
     * not enough: after such an answer Jetty 11 half-closes the connection and reads and discards
     * whatever the client still sends, to the end of the body, however long. The short wait lets
     * the answer reach the client before the close (an immediate close with unread data resets
     * the connection, and some clients then drop the answer they have not yet read).
     */
    private static void closeSoon(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        if (base == null || base.getHttpChannel() == null) {
            return;
        }
        EndPoint endPoint = base.getHttpChannel().getEndPoint();
        base.getHttpChannel().getConnector().getScheduler()
                .schedule(endPoint::close, LINGER_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Returns the message for a body that is too large.
     *
     * @param size  the body's size in bytes if known, otherwise -1
     * @param vietnamese  true for Vietnamese, false for English
     * @return the message, e.g. {@code Tệp quá lớn: 200,0 MB; giới hạn là 10 MB. ...}
     */
    String message(long size, boolean vietnamese) {
        String max = megabytes(limit, vietnamese, false);
        if (vietnamese) {
            return "Tệp quá lớn: " + (size > limit ? megabytes(size, true, true) : "hơn " + max)
                    + "; giới hạn là " + max + ". Hãy chia nhỏ tệp hoặc chỉ gửi trang cần báo"
                    + " cáo.";
        }
        return "The file is too large: " + (size > limit ? megabytes(size, false, true)
                : "more than " + max) + "; the limit is " + max + ". Split the file or send only"
                + " the sheet to report.";
    }

    /**
     * Formats bytes as megabytes (10^6 bytes) with the language's separators: {@code 1.234,5 MB}
     * or {@code 1,234.5 MB}. A size is rounded up, so a file just over the limit never shows as
     * equal to it; a limit shows no decimal when it has none.
     */
    static String megabytes(long bytes, boolean vietnamese, boolean size) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        DecimalFormat format = new DecimalFormat(size ? "#,##0.0" : "#,##0.#", symbols);
        format.setRoundingMode(size ? RoundingMode.UP : RoundingMode.DOWN);
        return format.format(BigDecimal.valueOf(bytes, 6)) + " MB";
    }

    /**
     * Counts a request's body as Jetty hands it to the readers and, past the limit, turns the
     * rest into an {@link UploadTooLargeException} (the same special content on every later read,
     * as {@link HttpInput.Interceptor} requires). One per request; Jetty drops it with the request.
     */
    private final class Counter implements HttpInput.Interceptor {
        private final HttpServletRequest req;
        private long read;
        private HttpInput.Content failure;

        Counter(HttpServletRequest req) {
            this.req = req;
        }

        @Override
        public HttpInput.Content readFrom(HttpInput.Content content) {
            if (failure != null) {
                return failure;
            }
            if (!content.isSpecial()) {
                read += content.remaining();
                if (read > limit) {
                    req.setAttribute(EXCEEDED, read);
                    failure = new HttpInput.ErrorContent(new UploadTooLargeException(limit, read));
                    return failure;
                }
            }
            return content;
        }
    }
}
