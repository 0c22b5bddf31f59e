package io.github.uptake.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Accounts in the database: added all or none, found without regard to case, hashed. */
class AccountStoreTest {
    private static final AtomicInteger N = new AtomicInteger();

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:accounts" + N.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static AccountStore.NewAccount account(String name, String unit, Role role) {
        return new AccountStore.NewAccount(new Account(name, "UBND " + name,
                Optional.ofNullable(unit), role, false, false), "mat-khau-" + name);
    }

    @Test
    void addedAccountsReadBackAndPasswordsAreOnlyHashes() {
        AccountStore s = AccountStore.open(h2(), Clock.systemUTC());
        assertEquals(0, s.count());
        assertFalse(s.hasAdministrator());
        s.add(List.of(account("myBinh", "27694", Role.REPORTER), account("so", null,
                Role.ADMINISTRATOR)));
        assertEquals(2, s.count());
        assertTrue(s.hasAdministrator());
        AccountStore.Stored b = s.find("MYBINH").orElseThrow();
        assertEquals("myBinh", b.account().name());
        assertEquals(Optional.of("27694"), b.account().unitCode());
        assertEquals(Role.REPORTER, b.account().role());
        assertFalse(b.passwordHash().contains("mat-khau"));
        assertTrue(Passwords.verify("mat-khau-myBinh", b.passwordHash()));
        assertFalse(Passwords.verify("mat-khau-so", b.passwordHash()));
        assertEquals(Optional.empty(), s.find("so").orElseThrow().account().unitCode());
    }

    @Test
    void aTakenNameInAnyCaseAddsNothing() {
        AccountStore s = AccountStore.open(h2(), Clock.systemUTC());
        s.add(List.of(account("tanan", "794", Role.REPORTER)));
        assertThrows(IllegalArgumentException.class, () -> s.add(List.of(account("duchue", "801",
                Role.REPORTER), account("TanAn", "794", Role.VIEWER))));
        assertEquals(1, s.count(), "all or none");
        assertTrue(s.find("duchue").isEmpty());
    }

    @Test
    void passwordsChangeAndAccountsDisable() {
        AccountStore s = AccountStore.open(h2(), Clock.systemUTC());
        s.add(List.of(account("so", null, Role.ADMINISTRATOR)));
        assertTrue(s.setPassword("SO", "mot-mat-khau-moi"));
        assertTrue(Passwords.verify("mot-mat-khau-moi", s.find("so").orElseThrow()
                .passwordHash()));
        assertTrue(s.setDisabled("so", true));
        assertTrue(s.find("so").orElseThrow().account().disabled());
        assertFalse(s.hasAdministrator(), "a disabled administrator is none");
        assertFalse(s.setPassword("nobody", "mot-mat-khau-moi"));
    }

    @Test
    void reopeningKeepsTheAccounts() {
        DataSource ds = h2();
        AccountStore.open(ds, Clock.systemUTC()).add(List.of(account("so", null,
                Role.ADMINISTRATOR)));
        assertEquals(1, AccountStore.open(ds, Clock.systemUTC()).count());
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = Passwords.generate();
        assertEquals(16, a.length());
        assertTrue(Passwords.weakness(a) == null);
        assertFalse(a.equals(Passwords.generate()));
        assertTrue(Passwords.weakness("short") != null);
        assertFalse(Passwords.verify("x", null));
        assertFalse(Passwords.verify(null, Passwords.hash("x")));
    }
}
