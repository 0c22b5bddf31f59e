package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UploadLimitTest {
    private static final String BOUNDARY = "b0undary";
    private static final String VI_200 = "Tệp quá lớn: 200,0 MB; giới hạn là 10 MB. Hãy chia nhỏ"
            + " tệp hoặc chỉ gửi trang cần báo cáo.";
    private static final String EN_200 = "The file is too large: 200.0 MB; the limit is 10 MB."
            + " Split the file or send only the sheet to report.";
    private static TinyApp tiny;   // 10 MB
    private static TinyApp small;  // 1 MB

    @BeforeAll
    static void start() throws Exception {
        tiny = TinyApp.start();
        small = TinyApp.start(TinyApp.settings(false, null, null, null, null, null, 1));
    }

    @AfterAll
    static void stop() throws Exception {
        tiny.close();
        small.close();
    }

    private static String head(TinyApp app, String path, String contentType, String length) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + app.app.port() + "\r\n"
                + "Origin: " + app.base + "\r\nContent-Type: " + contentType + "\r\n"
                + length + "\r\n";
    }

    private static byte[] filePartStart() {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"big.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(int fileBytes) {
        byte[] start = filePartStart();
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + fileBytes + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        Arrays.fill(body, start.length, start.length + fileBytes, (byte) 'x');
        System.arraycopy(end, 0, body, start.length + fileBytes, end.length);
        return body;
    }

    /** Sends chunks and the end of the body from another thread; stops when the server closes. */
    private static Thread sendInBackground(RawHttp http, byte[]... chunks) {
        Thread sender = new Thread(() -> {
            try {
                for (byte[] c : chunks) {
                    http.chunk(c);
                }
                http.send("0\r\n\r\n");
            } catch (IOException closed) {
                // the server has answered and closed: stop sending
            }
        });
        sender.start();
        return sender;
    }

    @Test
    void aDeclared200MegabyteUploadIsRefusedBeforeItsBodyIsSent() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (RawHttp http = new RawHttp(tiny.app.port())) {
                // the headers and the file part's first bytes (Jetty dispatches a request once
                // some of its body has come); the other 199.99 MB are never sent
                http.send(head(tiny, "/upload", "multipart/form-data; boundary=" + BOUNDARY,
                        "Content-Length: 200000000\r\n"));
                http.send(filePartStart());
                RawHttp.Response r = http.read();
                assertEquals(413, r.status());
                assertEquals(VI_200 + "\n" + EN_200 + "\n", r.body());
                assertEquals("close", r.headers().get("connection"));
                assertTrue(http.closedByServer(), "the server closes the connection");
            }
        });
    }

    @Test
    void aChunkedUploadIsRefusedOnceItPassesTheLimit() throws Exception {
        long target = 400_000_000L;
        AtomicLong sent = new AtomicLong();
        try (RawHttp http = new RawHttp(small.app.port())) {
            http.send(head(small, "/upload", "multipart/form-data; boundary=" + BOUNDARY,
                    "Transfer-Encoding: chunked\r\n"));
            http.chunk(filePartStart());
            Thread sender = new Thread(() -> {  // about 50 MB a second: 8 s for the whole body
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                try {
                    while (sent.get() < target) {
                        http.chunk(chunk);
                        sent.addAndGet(chunk.length);
                        Thread.sleep(1);
                    }
                } catch (IOException closed) {
                    // the server has answered and closed: stop sending
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sender.start();
            RawHttp.Response r = http.read();
            long sentWhenAnswered = sent.get();
            long answeredAt = System.nanoTime();
            sender.join(10_000);
            long stoppedAfterMillis = (System.nanoTime() - answeredAt) / 1_000_000;
            assertEquals(413, r.status(), r.body());
            assertEquals("Tệp quá lớn: hơn 1 MB; giới hạn là 1 MB. Hãy chia nhỏ tệp hoặc chỉ gửi"
                    + " trang cần báo cáo.\nThe file is too large: more than 1 MB; the limit is"
                    + " 1 MB. Split the file or send only the sheet to report.\n", r.body());
            assertEquals("close", r.headers().get("connection"));
            assertTrue(sentWhenAnswered < target / 2, "answered while the body was still coming ("
                    + sentWhenAnswered + " bytes sent)");
            assertFalse(sender.isAlive(), "the sender was stopped");
            assertTrue(sent.get() < target, "the closed connection stopped the sender ("
                    + sent.get() + " bytes sent)");
            assertTrue(stoppedAfterMillis < UploadLimit.LINGER_MILLIS + 3_000,
                    "stopped " + stoppedAfterMillis + " ms after the answer");
        }
    }

    @Test
    void aChunkedFormOrApiBodyIsRefusedToo() throws Exception {
        byte[] twoMegabytes = new byte[2_000_000];
        Arrays.fill(twoMegabytes, (byte) 'a');
        try (RawHttp http = new RawHttp(small.app.port())) {
            http.send(head(small, "/form", "application/x-www-form-urlencoded",
                    "Transfer-Encoding: chunked\r\n"));
            Thread sender = sendInBackground(http, "note=".getBytes(StandardCharsets.US_ASCII),
                    twoMegabytes);
            RawHttp.Response r = http.read();
            sender.join(10_000);
            assertEquals(413, r.status());
            assertTrue(r.body().startsWith("Tệp quá lớn: hơn 1 MB"), r.body());
        }
        try (RawHttp http = new RawHttp(small.app.port())) {
            http.send(head(small, "/api/reports", "application/json",
                    "Transfer-Encoding: chunked\r\n"));
            Thread sender = sendInBackground(http, twoMegabytes);
            RawHttp.Response r = http.read();
            sender.join(10_000);
            assertEquals(413, r.status());
            assertTrue(r.body().startsWith("{\"error\":\"too-large\",\"vi\":\"Tệp quá lớn: hơn"
                    + " 1 MB"), r.body());
        }
    }

    @Test
    void aRouteThatSwallowsTheFailureStillAnswers413() throws Exception {
        byte[] twoMegabytes = new byte[2_000_000];
        try (RawHttp http = new RawHttp(small.app.port())) {
            http.send(head(small, "/upload-swallowing", "application/octet-stream",
                    "Transfer-Encoding: chunked\r\n"));
            Thread sender = sendInBackground(http, twoMegabytes);
            RawHttp.Response r = http.read();
            sender.join(10_000);
            assertEquals(413, r.status());
            assertTrue(r.body().startsWith("Tệp quá lớn"), r.body());
        }
    }

    @Test
    void javalinsOwnRefusalSaysTheSame() throws Exception {
        HttpResponse<String> r = tiny.post("/too-large-by-javalin", java.util.Map.of("a", "b"));
        assertEquals(413, r.statusCode());
        assertTrue(r.body().startsWith("Tệp quá lớn: hơn 10 MB; giới hạn là 10 MB."), r.body());
        assertEquals("close", r.headers().firstValue("Connection").orElse(null));
    }

    @Test
    void anUploadWithinTheLimitGoesThrough() throws Exception {
        byte[] body = multipart(900_000);
        for (boolean chunked : new boolean[] {false, true}) {
            HttpRequest.BodyPublisher publisher = chunked
                    ? HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofByteArray(body))  // no length: chunked
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(small.base + "/upload"))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .header("Origin", small.base)
                    .POST(publisher).build();
            HttpResponse<String> r = small.client.send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), "chunked " + chunked + ": " + r.body());
            assertEquals("received 900000 bytes", r.body());
        }
    }

    @Test
    void sizesAreWrittenInEachLanguagesWay() {
        UploadLimit limit = new UploadLimit(10_000_000);
        assertEquals(VI_200, limit.message(200_000_000, true));
        assertEquals(EN_200, limit.message(200_000_000, false));
        assertEquals("1.234,6 MB", UploadLimit.megabytes(1_234_567_890, true, true));
        assertEquals("1,234.6 MB", UploadLimit.megabytes(1_234_567_890, false, true));
        assertEquals("10,1 MB", UploadLimit.megabytes(10_000_001, true, true),
                "just over the limit never shows as the limit");
        assertEquals("10 MB", UploadLimit.megabytes(10_000_000, true, false));
        assertTrue(limit.message(-1, false).startsWith("The file is too large: more than 10 MB;"));
    }
}
