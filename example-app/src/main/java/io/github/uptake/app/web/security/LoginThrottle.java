package io.github.uptake.app.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.uptake.app.config.AppConfig;
import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses logins after too many wrong passwords, against password guessing (OWASP Authentication
 * Cheat Sheet, "Protect Against Automated Attacks" and "Account Lockout"; OWASP Credential
 * Stuffing Prevention Cheat Sheet). Wrong passwords are counted per account (its name, case
 * folded) and per client address (an IPv6 address by its /64 network, which one client holds
 * whole). After {@code loginFailuresPerAccount} failures for an account, or
 * {@code loginFailuresPerAddress} from an address, each within {@code loginPauseMinutes} of the
 * one before, logins for that account or from that address are paused for
 * {@code loginPauseMinutes} from that last failure, even with the right password; the route
 * answers 429 with {@code Retry-After} ({@link #refuse}). The pause lifts by itself, so no account
 * is locked for good, and a guesser gets at most the limit's number of tries per pause. A
 * successful login clears its account's count, never its address's.
 *
 * <p>The login route uses it in this order:
 * <pre>{@code
 * Optional<Duration> wait = throttle.retryAfter(name, ctx.ip());
 * if (wait.isPresent()) {   // checked before the password
 *     throttle.refuse(ctx, wait.get(), vietnamese);
 *     return;
 * }
 * if (password is wrong) { throttle.failed(name, ctx.ip()); ...; return; }
 * throttle.succeeded(name, ctx.ip());
 * }</pre>
 *
 * <p>The counts live in two Caffeine caches that forget an entry {@code loginPauseMinutes} after
 * its last write, each holding at most {@value #MAX_ENTRIES} entries, so memory stays bounded
 * whatever is sent (a flood of names or addresses evicts the least used counts). A pause's start
 * is logged at WARN on {@code uptake.security}, with the account and the address, never a
 * password. Thread-safe.
 */
public final class LoginThrottle {
    /** The most accounts, and the most addresses, counted at once. */
    public static final int MAX_ENTRIES = 100_000;
    private static final int MAX_KEY = 256;
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]+(%[\\w.]+)?\\]?");
    private static final Logger LOG = LoggerFactory.getLogger("uptake.security");

    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final long pauseMillis;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    /** Wrong passwords in a row and, once there are enough, when the pause ends (else 0). */
    private record Failures(int count, long pausedUntil) {
    }

    /**
     * Creates the throttle.
     *
     * @param settings  the security settings: {@code loginFailuresPerAccount},
     *     {@code loginFailuresPerAddress}, {@code loginPauseMinutes}; not null
     * @param clock  the clock the pauses are measured on, not null
     */
    public LoginThrottle(AppConfig.Security settings, Clock clock) {
        this(settings, clock, MAX_ENTRIES);
    }

    /** Creates the throttle with another bound on its caches, for tests. */
    LoginThrottle(AppConfig.Security settings, Clock clock, int maxEntries) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.perAccount = settings.loginFailuresPerAccount();
        this.perAddress = settings.loginFailuresPerAddress();
        Duration pause = Duration.ofMinutes(settings.loginPauseMinutes());
        this.pauseMillis = pause.toMillis();
        this.accounts = cache(pause, maxEntries);
        this.addresses = cache(pause, maxEntries);
    }

    private Cache<String, Failures> cache(Duration pause, int maxEntries) {
        return Caffeine.newBuilder()
                .expireAfterWrite(pause)
                .maximumSize(maxEntries)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    /**
     * Returns how long logins for the account from the address are paused.
     *
     * @param account  the name given at login, may be null
     * @param address  the client's address, e.g. {@code ctx.ip()}, may be null
     * @return the time left of the longer pause, or empty if neither is paused
     */
    public Optional<Duration> retryAfter(String account, String address) {
        long now = clock.millis();
        long until = Math.max(pausedUntil(accounts.getIfPresent(accountKey(account)), now),
                pausedUntil(addresses.getIfPresent(addressKey(address)), now));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    /**
     * Counts a wrong password; the account or the address is paused when its count reaches its
     * limit.
     *
     * @param account  the name given at login, may be null
     * @param address  the client's address, may be null
     */
    public void failed(String account, String address) {
        long now = clock.millis();
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        if (count(accounts, accountKey, perAccount, now)) {
            LOG.warn("login paused for {} min: account {} (last try from {})",
                    pauseMillis / 60_000, Answers.clean(accountKey, 64),
                    Answers.clean(addressKey, 64));
        }
        if (count(addresses, addressKey, perAddress, now)) {
            LOG.warn("login paused for {} min: address {} (last try for account {})",
                    pauseMillis / 60_000, Answers.clean(addressKey, 64),
                    Answers.clean(accountKey, 64));
        }
    }

    /**
     * Clears the account's count after a successful login; the address's stays.
     *
     * @param account  the name logged in with, may be null
     * @param address  the client's address (unused: a client that guesses other accounts' passwords
     *     and also holds one account must not clear its own count), may be null
     */
    public void succeeded(String account, String address) {
        accounts.invalidate(accountKey(account));
    }

    /**
     * Answers a paused login: 429 with {@code Retry-After} in whole seconds and a short message in
     * both languages, the user's first.
     *
     * @param ctx  the login request, not null
     * @param retryAfter  the time left, from {@link #retryAfter}, not null
     * @param vietnamese  true if the user reads Vietnamese (first), false for English first
     */
    public void refuse(Context ctx, Duration retryAfter, boolean vietnamese) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        String vi = "Đăng nhập đang tạm dừng vì nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau "
                + wait(seconds, true) + ".";
        String en = "Logging in is paused after too many wrong passwords. Try again in "
                + wait(seconds, false) + ".";
        ctx.status(429).header("Retry-After", Long.toString(seconds))
                .contentType("text/plain; charset=utf-8")
                .result((vietnamese ? vi : en) + "\n" + (vietnamese ? en : vi) + "\n");
    }

    /** Returns how many accounts and addresses are counted now, for tests of the bound. */
    long counted() {
        accounts.cleanUp();
        addresses.cleanUp();
        return accounts.estimatedSize() + addresses.estimatedSize();
    }

    /** Returns a wait in minutes (rounded up) or, under a minute, in seconds. */
    static String wait(long seconds, boolean vietnamese) {
        long n = seconds < 60 ? seconds : (seconds + 59) / 60;
        if (vietnamese) {
            return n + (seconds < 60 ? " giây" : " phút");
        }
        return n + (seconds < 60 ? " second" : " minute") + (n == 1 ? "" : "s");
    }

    /** Counts a failure; returns true if this one started a pause. */
    private boolean count(Cache<String, Failures> cache, String key, int limit, long now) {
        Failures after = cache.asMap().compute(key, (k, before) -> {
            boolean fresh = before == null
                    || before.pausedUntil() != 0 && before.pausedUntil() <= now;
            int count = fresh ? 1 : before.count() + 1;
            long until = !fresh && before.pausedUntil() != 0 ? before.pausedUntil()
                    : count >= limit ? now + pauseMillis : 0;
            return new Failures(count, until);
        });
        return after.count() == limit;
    }

    private static long pausedUntil(Failures f, long now) {
        return f == null || f.pausedUntil() <= now ? 0 : f.pausedUntil();
    }

    /** The account's key: its name stripped and case folded, cut to a bounded length. */
    static String accountKey(String account) {
        String a = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return a.length() > MAX_KEY ? a.substring(0, MAX_KEY) : a;
    }

    /** The address's key: an IPv6 address by its /64 network, anything else as given. */
    static String addressKey(String address) {
        String a = address == null ? "" : address.strip();
        if (a.indexOf(':') >= 0 && IPV6.matcher(a).matches()) {
            try {
                // an IPv6 literal: parsed, never looked up
                InetAddress ip = InetAddress.getByName(a);
                if (ip instanceof Inet6Address) {
                    byte[] b = ip.getAddress();
                    StringBuilder net = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        net.append(Integer.toHexString((b[i] & 0xff) << 8 | b[i + 1] & 0xff))
                                .append(':');
                    }
                    return net.append(":/64").toString();
                }
                return ip.getHostAddress();
            } catch (UnknownHostException e) {
                // not an address after all: counted as given
            }
        }
        return a.length() > MAX_KEY ? a.substring(0, MAX_KEY) : a;
    }
}
