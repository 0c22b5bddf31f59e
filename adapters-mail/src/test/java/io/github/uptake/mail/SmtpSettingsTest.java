package io.github.uptake.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
    private static final SmtpSettings BASE = SmtpSettings.of("mail.longan.example", 587,
            SmtpSettings.Transport.STARTTLS, "stttt@longan.example");

    @Test
    void defaultsAreNoLoginNoNameAndTenSecondTimeouts() {
        assertEquals(Optional.empty(), BASE.username());
        assertEquals(Optional.empty(), BASE.password());
        assertEquals(Optional.empty(), BASE.fromName());
        assertEquals(Duration.ofSeconds(10), BASE.connectTimeout());
        assertEquals(Duration.ofSeconds(10), BASE.readTimeout());
    }

    @Test
    void theTextNeverShowsThePassword() {
        SmtpSettings s = BASE.withLogin("uptake", "bí-mật-42");
        assertFalse(s.toString().contains("bí-mật-42"), s.toString());
        assertEquals("smtp STARTTLS mail.longan.example:587 as uptake from"
                + " stttt@longan.example", s.toString());
    }

    @Test
    void eachWithMakesACopyAndEqualityCoversEverySetting() {
        SmtpSettings named = BASE.withFromName("Sở TT&TT Long An");
        assertEquals(Optional.of("Sở TT&TT Long An"), named.fromName());
        assertEquals(Optional.empty(), BASE.fromName());
        assertNotEquals(BASE, named);
        assertEquals(named, BASE.withFromName(" Sở TT&TT Long An "));
        assertEquals(named.hashCode(), BASE.withFromName("Sở TT&TT Long An").hashCode());
        assertNotEquals(BASE.withLogin("u", "a"), BASE.withLogin("u", "b"));
        assertEquals(BASE, BASE.withFromName(" "), "a blank name is none");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of(" ", 25, SmtpSettings.Transport.PLAIN, "a@b"));
        assertTrue(e.getMessage().startsWith("host"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("h", 0, SmtpSettings.Transport.PLAIN, "a@b"));
        assertTrue(e.getMessage().contains("port"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("h", 25, SmtpSettings.Transport.PLAIN, "no-at-sign"));
        assertTrue(e.getMessage().contains("fromAddress"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BASE.withLogin(" ", "p"));
        assertTrue(e.getMessage().contains("username"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> BASE.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("connectTimeout"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> BASE.withTimeouts(Duration.ofSeconds(1), Duration.ofDays(2)));
        assertTrue(e.getMessage().contains("readTimeout"), e.getMessage());
        assertThrows(NullPointerException.class, () -> SmtpSettings.of("h", 25, null, "a@b"));
    }
}
