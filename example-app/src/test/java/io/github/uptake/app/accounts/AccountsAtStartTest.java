package io.github.uptake.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What serve does about accounts at start: none refused, no administrator gets one, once. */
class AccountsAtStartTest {
    @Test
    void noAccountsIsRefusedSayingHowToAddOne() {
        AccountStore s = AccountStore.open(AccountStoreTest.h2(), Clock.systemUTC());
        AccountsAtStart.Outcome o = AccountsAtStart.prepare(s, "/srv/x.mv.db", "--db /srv/x");
        assertTrue(o.refusal().orElseThrow().contains("uptake users import accounts.csv --db"
                + " /srv/x"), o.refusal().get());
        assertTrue(o.created().isEmpty());
        assertEquals(0, s.count(), "nothing made");
    }

    @Test
    void theFirstAdministratorIsMadeOnceWithAWorkingPassword() {
        AccountStore s = AccountStore.open(AccountStoreTest.h2(), Clock.systemUTC());
        s.add(List.of(new AccountStore.NewAccount(new Account("xa", "Xã", Optional.of("27694"),
                Role.REPORTER, false, false), "mot-mat-khau-dai")));
        AccountsAtStart.Created c = AccountsAtStart.prepare(s, "db", "--db db").created()
                .orElseThrow();
        assertEquals(AccountsAtStart.ADMIN, c.name());
        AccountStore.Stored admin = s.find(c.name()).orElseThrow();
        assertEquals(Role.ADMINISTRATOR, admin.account().role());
        assertTrue(Passwords.verify(c.password(), admin.passwordHash()));
        AccountsAtStart.Outcome again = AccountsAtStart.prepare(s, "db", "--db db");
        assertTrue(again.refusal().isEmpty() && again.created().isEmpty(), "made once");
        assertEquals(2, s.count());
    }
}
