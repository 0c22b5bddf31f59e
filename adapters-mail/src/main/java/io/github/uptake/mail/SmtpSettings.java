package io.github.uptake.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an SMTP server and whom the messages are from: host, port, transport (plain,
 * STARTTLS or SMTPS), the login if the server asks for one, the sender's address and name, and
 * the connect and read timeouts.
 *
 * <p>Obtained from {@link #of(String, int, Transport, String)} and refined with the
 * {@code with...} methods, each returning a copy. {@link #toString()} never shows the password.
 * This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class SmtpSettings {
    /** The timeouts used unless others are given: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** How the connection to the server is protected. */
    public enum Transport {
        /** No TLS: for a relay on the same machine or network (port 25). */
        PLAIN,
        /** A plain connection upgraded with STARTTLS, which the server must offer (port 587). */
        STARTTLS,
        /** TLS from the first byte, "implicit TLS" (port 465). */
        SMTPS
    }

    private final String host;
    private final int port;
    private final Transport transport;
    private final String fromAddress;
    private final String fromName;
    private final String username;
    private final String password;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    private SmtpSettings(String host, int port, Transport transport, String fromAddress,
                         String fromName, String username, String password,
                         Duration connectTimeout, Duration readTimeout) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank, was: " + host);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was: " + port);
        }
        this.host = host.strip();
        this.port = port;
        this.transport = Objects.requireNonNull(transport, "transport");
        if (fromAddress == null || fromAddress.isBlank() || fromAddress.indexOf('@') < 1) {
            throw new IllegalArgumentException("fromAddress must be an e-mail address, was: "
                    + fromAddress);
        }
        this.fromAddress = fromAddress.strip();
        this.fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
        if (username != null && username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank; null for no login");
        }
        if (username == null && password != null) {
            throw new IllegalArgumentException("a password needs a username");
        }
        this.username = username;
        this.password = password;
        this.connectTimeout = timeout(connectTimeout, "connectTimeout");
        this.readTimeout = timeout(readTimeout, "readTimeout");
    }

    /**
     * Obtains the settings of a server without login, with the default timeouts.
     *
     * @param host  the server's name or address, not blank
     * @param port  its port, 1 to 65535
     * @param transport  how the connection is protected, not null
     * @param fromAddress  the sender's address, e.g. {@code stttt@longan.gov.vn}, not blank
     * @return the settings, not null
     * @throws IllegalArgumentException if a value is out of range or blank
     * @throws NullPointerException if the transport is null
     */
    public static SmtpSettings of(String host, int port, Transport transport, String fromAddress) {
        return new SmtpSettings(host, port, transport, fromAddress, null, null, null,
                DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /**
     * Returns a copy that logs in to the server.
     *
     * @param user  the login, not blank
     * @param secret  its password, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the login is blank
     * @throws NullPointerException if the password is null
     */
    public SmtpSettings withLogin(String user, String secret) {
        Objects.requireNonNull(user, "user");
        return new SmtpSettings(host, port, transport, fromAddress, fromName, user,
                Objects.requireNonNull(secret, "secret"), connectTimeout, readTimeout);
    }

    /**
     * Returns a copy whose messages show a sender's name beside the address.
     *
     * @param name  the name, e.g. {@code Sở TT&TT Long An}; null or blank for none
     * @return the copy, not null
     */
    public SmtpSettings withFromName(String name) {
        return new SmtpSettings(host, port, transport, fromAddress, name, username, password,
                connectTimeout, readTimeout);
    }

    /**
     * Returns a copy with other timeouts.
     *
     * @param connect  how long to wait for the connection, positive, at most a day
     * @param read  how long to wait for each answer of the server (and each write), positive, at
     *     most a day
     * @return the copy, not null
     * @throws IllegalArgumentException if a timeout is not positive or longer than a day
     * @throws NullPointerException if a timeout is null
     */
    public SmtpSettings withTimeouts(Duration connect, Duration read) {
        return new SmtpSettings(host, port, transport, fromAddress, fromName, username, password,
                connect, read);
    }

    /**
     * Returns the server's name or address, not blank.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * Returns the server's port.
     *
     * @return the port, 1 to 65535
     */
    public int port() {
        return port;
    }

    /**
     * Returns how the connection is protected.
     *
     * @return the transport, not null
     */
    public Transport transport() {
        return transport;
    }

    /**
     * Returns the sender's address.
     *
     * @return the address, not blank
     */
    public String fromAddress() {
        return fromAddress;
    }

    /**
     * Returns the sender's name.
     *
     * @return the name, empty if none
     */
    public Optional<String> fromName() {
        return Optional.ofNullable(fromName);
    }

    /**
     * Returns the login.
     *
     * @return the login, empty for a server without one
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * Returns the password.
     *
     * @return the password, empty for a server without login
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Returns the connect timeout.
     *
     * @return the timeout, positive
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the read and write timeout.
     *
     * @return the timeout, positive
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    private static Duration timeout(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException(what + " must be positive and at most a day, was: "
                    + d);
        }
        return d;
    }

    /**
     * Compares every setting, the password included.
     *
     * @param o  the other object, may be null
     * @return true if the settings are the same
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SmtpSettings s && host.equals(s.host) && port == s.port
                && transport == s.transport && fromAddress.equals(s.fromAddress)
                && Objects.equals(fromName, s.fromName) && Objects.equals(username, s.username)
                && Objects.equals(password, s.password) && connectTimeout.equals(s.connectTimeout)
                && readTimeout.equals(s.readTimeout);
    }

    /**
     * Returns a hash of the settings.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(host, port, transport, fromAddress, fromName, username, password,
                connectTimeout, readTimeout);
    }

    /**
     * Returns the settings for a log, the password left out, e.g.
     * {@code smtp STARTTLS mail.example.org:587 as uptake from stttt@example.org}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "smtp " + transport + " " + host + ":" + port
                + (username == null ? "" : " as " + username) + " from " + fromAddress;
    }
}
