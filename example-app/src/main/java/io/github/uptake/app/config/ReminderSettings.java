package io.github.uptake.app.config;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The {@code reminders} section of the configuration: the SMTP server the reminders leave
 * through, when the reminder before the cut-off goes, the contacts file (unit code to e-mail
 * addresses), the leaders who get the day's digest, how many attempts a reminder gets, and the
 * language of the messages. Each value is checked when bound, so a bad one is refused at its line;
 * that {@code remindAt} comes before the reporting cut-off, and the contacts file itself, are
 * checked once the whole file is read ({@link AppConfigFile}). Immutable.
 *
 * @param smtp  the server, not null
 * @param remindAt  when the reminder before the cut-off goes, {@code HH:mm}; null for 15:00
 * @param contacts  the contacts file ({@code unit,email[,name]}), relative to the configuration
 *     file's folder, not blank
 * @param leaders  the addresses the day's digest goes to; null or empty for no digest
 * @param maxAttempts  how many attempts a reminder gets in all, 1 to 100; null for 5
 * @param language  the language of the messages, {@code vi} or {@code en}; null for vi
 */
public record ReminderSettings(Smtp smtp, String remindAt, String contacts, List<String> leaders,
                               Integer maxAttempts, String language) {
    /** An e-mail address as the configuration takes it: something@domain, no spaces. */
    static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    /**
     * Checks the fields and fills the defaults.
     *
     * @param smtp  the server, not null
     * @param remindAt  when the reminder goes, {@code HH:mm}; null for 15:00
     * @param contacts  the contacts file, not blank
     * @param leaders  the leaders' addresses; null for none
     * @param maxAttempts  the attempts, 1 to 100; null for 5
     * @param language  vi or en; null for vi
     */
    public ReminderSettings {
        if (smtp == null) {
            throw new IllegalArgumentException("smtp: ghi máy chủ thư (smtp: host, port,"
                    + " transport, from) / write the mail server (smtp: host, port, transport,"
                    + " from)");
        }
        remindAt = remindAt == null ? "15:00" : remindAt.strip();
        try {
            LocalTime.parse(remindAt);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("remindAt: giờ nhắc viết HH:mm / the reminder time"
                    + " is HH:mm, e.g. 15:00: " + remindAt);
        }
        if (contacts == null || contacts.isBlank()) {
            throw new IllegalArgumentException("contacts: ghi đường dẫn tệp CSV danh bạ"
                    + " (unit,email[,name]) / write the path of the contacts CSV file"
                    + " (unit,email[,name])");
        }
        contacts = contacts.strip();
        List<String> l = new ArrayList<>();
        for (String a : leaders == null ? List.<String>of() : leaders) {
            l.add(address(a, "leaders"));
        }
        leaders = List.copyOf(l);
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts: từ 1 đến 100 / from 1 to 100, was "
                    + maxAttempts);
        }
        language = language == null ? "vi" : language.strip();
        if (!language.equals("vi") && !language.equals("en")) {
            throw new IllegalArgumentException("language: viết vi hoặc en / write vi or en: "
                    + language);
        }
    }

    /**
     * Returns the reminder time.
     *
     * @return the time of day, in the reporting time zone, not null
     */
    public LocalTime remindAtTime() {
        return LocalTime.parse(remindAt);
    }

    /**
     * Returns the language of the messages.
     *
     * @return Vietnamese or English, not null
     */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * Returns the contacts file.
     *
     * @return its path, resolved against the configuration file's folder once read
     */
    public Path contactsFile() {
        return Path.of(contacts);
    }

    /**
     * Returns a copy whose contacts file is resolved against a folder.
     *
     * @param folder  the configuration file's folder, null to keep the path as written
     * @return the copy, not null
     */
    ReminderSettings resolve(Path folder) {
        return folder == null ? this : new ReminderSettings(smtp, remindAt,
                folder.resolve(contacts).normalize().toString(), leaders, maxAttempts, language);
    }

    /**
     * Checks what binding cannot: the reminder goes before the reporting cut-off (a reminder at
     * or after it would come too late to act on).
     *
     * @param name  the configuration file's name, for the location, not null
     * @param text  its text, to find the line of the key, not null
     * @param config  the configuration as bound, its {@code reminders} set, not null
     * @return the problem located at {@code reminders.remindAt}, or none
     */
    static List<Problem> check(String name, String text, AppConfig config) {
        ReminderSettings r = config.reminders();
        LocalTime cutOff = config.reporting().cutOffTime();
        if (r.remindAtTime().isBefore(cutOff)) {
            return List.of();
        }
        int line = YamlProblems.lineOf(text, List.of("reminders", "remindAt"));
        if (line == 0) {
            line = YamlProblems.lineOf(text, List.of("reminders"));
        }
        return List.of(Problem.error("config.bad-value", Location.of(name, null, null,
                line > 0 ? line : null, "reminders.remindAt"), r.remindAt(), "Giờ nhắc "
                + r.remindAt() + " không trước giờ chốt số liệu " + config.reporting().cutOff()
                + " (reporting.cutOff): ghi một giờ trước đó, ví dụ 15:00 cho hạn 16:00.",
                "The reminder time " + r.remindAt() + " is not before the reporting cut-off "
                        + config.reporting().cutOff() + " (reporting.cutOff): write a time"
                        + " before it, e.g. 15:00 for a 16:00 cut-off."));
    }

    /**
     * The SMTP server. The password is given in the file ({@code password}) or, better, named as
     * an environment variable ({@code passwordEnv}), read when the reminders are sent.
     *
     * @param host  the server's name or address, not blank
     * @param port  its port, 1 to 65535; null for the transport's (25, 587 or 465)
     * @param transport  {@code plain}, {@code starttls} or {@code smtps}; null for starttls
     * @param username  the login; null for a server without one
     * @param password  its password; null if none or given by {@code passwordEnv}
     * @param passwordEnv  the environment variable holding the password, e.g.
     *     {@code UPTAKE_SMTP_PASSWORD}; null for none
     * @param from  the sender's address, not blank
     * @param fromName  the sender's name, e.g. {@code Sở TT&TT Long An}; null for none
     * @param timeoutSeconds  the connect and read timeouts, 1 to 300 seconds; null for 10
     */
    public record Smtp(String host, Integer port, String transport, String username,
                       String password, String passwordEnv, String from, String fromName,
                       Integer timeoutSeconds) {
        /**
         * Checks the fields and fills the defaults.
         *
         * @param host  the server, not blank
         * @param port  the port, 1 to 65535; null for the transport's
         * @param transport  plain, starttls or smtps; null for starttls
         * @param username  the login, or null
         * @param password  the password, or null
         * @param passwordEnv  the password's environment variable, or null
         * @param from  the sender's address, not blank
         * @param fromName  the sender's name, or null
         * @param timeoutSeconds  the timeouts, 1 to 300; null for 10
         */
        public Smtp {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host: ghi tên máy chủ thư / write the mail"
                        + " server's name");
            }
            host = host.strip();
            transport = transport == null ? "starttls" : transport.strip()
                    .toLowerCase(Locale.ROOT);
            int standard = switch (transport) {
                case "plain" -> 25;
                case "starttls" -> 587;
                case "smtps" -> 465;
                default -> throw new IllegalArgumentException("transport: viết plain, starttls"
                        + " hoặc smtps / write plain, starttls or smtps: " + transport);
            };
            port = port == null ? standard : port;
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port: cổng từ 1 đến 65535 / a port from 1 to"
                        + " 65535: " + port);
            }
            username = blankToNull(username);
            passwordEnv = blankToNull(passwordEnv);
            if (password != null && passwordEnv != null) {
                throw new IllegalArgumentException("passwordEnv: chỉ ghi password hoặc"
                        + " passwordEnv, không ghi cả hai / write password or passwordEnv, not"
                        + " both");
            }
            if ((password != null || passwordEnv != null) && username == null) {
                throw new IllegalArgumentException("username: mật khẩu cần tên đăng nhập / a"
                        + " password needs a username");
            }
            from = address(from, "from");
            fromName = blankToNull(fromName);
            timeoutSeconds = timeoutSeconds == null ? 10 : timeoutSeconds;
            if (timeoutSeconds < 1 || timeoutSeconds > 300) {
                throw new IllegalArgumentException("timeoutSeconds: từ 1 đến 300 / from 1 to"
                        + " 300, was " + timeoutSeconds);
            }
        }

        /**
         * Returns the password: the one written, else the named environment variable's.
         *
         * @param env  reads an environment variable (e.g. {@code System::getenv}), not null
         * @return the password, or null for a server without login
         * @throws IllegalStateException if {@code passwordEnv} names a variable that is not set,
         *     its message in both languages
         */
        public String password(UnaryOperator<String> env) {
            if (passwordEnv == null) {
                return password;
            }
            String p = env.apply(passwordEnv);
            if (p == null || p.isEmpty()) {
                throw new IllegalStateException("Biến môi trường " + passwordEnv + " (mật khẩu"
                        + " máy chủ thư, reminders.smtp.passwordEnv trong tệp cấu hình) chưa được"
                        + " đặt: hãy đặt nó trước khi chạy (export " + passwordEnv + "=...),"
                        + " hoặc sửa tên biến.\nThe environment variable " + passwordEnv
                        + " (the mail server's password, reminders.smtp.passwordEnv in the"
                        + " configuration file) is not set: set it before running (export "
                        + passwordEnv + "=...), or correct the name.");
            }
            return p;
        }

        /**
         * Returns the timeout.
         *
         * @return the connect and read timeout, positive
         */
        public Duration timeout() {
            return Duration.ofSeconds(timeoutSeconds);
        }

        /**
         * Returns the settings for a log, the password left out.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "Smtp[" + transport + " " + host + ":" + port + (username == null ? ""
                    : " as " + username) + (passwordEnv == null ? "" : " password from $"
                    + passwordEnv) + " from " + from + "]";
        }
    }

    private static String address(String a, String key) {
        if (a == null || !ADDRESS.matcher(a.strip()).matches()) {
            throw new IllegalArgumentException(key + ": không phải địa chỉ thư / not an e-mail"
                    + " address: " + a);
        }
        return a.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
