package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestLogTest {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("uptake.request");
    private TinyApp tiny;

    @BeforeEach
    void start() throws Exception {
        appender.start();
        logger.addAppender(appender);
        tiny = TinyApp.start();
    }

    @AfterEach
    void stop() throws Exception {
        tiny.close();
        logger.detachAppender(appender);
    }

    /** Waits for the line of a request: it is written once the answer has gone out. */
    private String line(String start) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (ILoggingEvent e : List.copyOf(appender.list)) {
                if (e.getFormattedMessage().startsWith(start)) {
                    return e.getFormattedMessage();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line starting " + start + " in " + appender.list);
    }

    @Test
    void aLoginIsLoggedWithoutItsPassword() throws Exception {
        tiny.login("clerk", "right-password");
        String line = line("POST /login ");
        assertTrue(Pattern.matches("POST /login 302 \\d+ms user=clerk ip=127\\.0\\.0\\.1", line),
                line);
        tiny.post("/form", Map.of("note", "secret-note"));
        line("POST /form 200 ");
        for (ILoggingEvent e : List.copyOf(appender.list)) {
            assertEquals("INFO", e.getLevel().toString());
            assertFalse(e.getFormattedMessage().contains("right-password"), e.toString());
            assertFalse(e.getFormattedMessage().contains("password="), e.toString());
            assertFalse(e.getFormattedMessage().contains("secret-note"), e.toString());
        }
    }

    @Test
    void queryValuesAreLoggedOnlyWhenHarmless() throws Exception {
        tiny.get("/home?date=2020-08-15&token=s3cret&lang=vi");
        String line = line("GET /home");
        assertTrue(line.startsWith("GET /home?date=2020-08-15&token=*&lang=vi 302 "), line);
        assertTrue(line.endsWith(" user=- ip=127.0.0.1"), line);
        assertFalse(line.contains("s3cret"), line);
    }

    @Test
    void aLogoutIsLoggedWithTheUserItLoggedOut() throws Exception {
        tiny.login("clerk", "right-password");
        tiny.post("/logout", Map.of());
        assertTrue(line("POST /logout ").contains(" user=clerk "));
    }

    @Test
    void refusalsAreLoggedToo() throws Exception {
        tiny.post("/form", Map.of("note", "x"), "http://evil.example", null);
        assertTrue(line("POST /form ").startsWith("POST /form 403 "));
    }

    @Test
    void nothingFromTheRequestCanForgeALine() {
        assertEquals("?a=*&date=2020?INFO fake", RequestLog.query("a=1\r\n&date=2020\nINFO fake"));
        assertEquals("a?b", Answers.clean("a\u001bb", 10));
        assertEquals("abc…", Answers.clean("abcdef", 3));
        assertEquals("/who/me;*", RequestLog.path("/who/me;jsessionid=node0abc"));
        String many = "p=1&".repeat(30);
        assertTrue(RequestLog.query(many).endsWith("&…"), RequestLog.query(many));
    }
}
