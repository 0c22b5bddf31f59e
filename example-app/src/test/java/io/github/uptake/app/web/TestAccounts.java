package io.github.uptake.app.web;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Accounts for the dashboard's tests, in an in-memory H2 database of their own: the Department
 * ({@code sotttt}, administrator, every unit), Tân An (794) and Đức Huệ (801) as reporters, and a
 * viewer ({@code lanhdao}); each password is {@code kiemthu-} and the name.
 */
final class TestAccounts {
    private static final AtomicInteger N = new AtomicInteger();

    private TestAccounts() {
    }

    /** Returns the test accounts, in a fresh database. */
    static Accounts demo() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:test-accounts-" + N.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        AccountStore store = AccountStore.open(ds, Clock.systemUTC());
        store.add(List.of(account("sotttt", "Sở Thông tin và Truyền thông", null,
                        Role.ADMINISTRATOR),
                account("tanan", "UBND Thành phố Tân An", "794", Role.REPORTER),
                account("duchue", "UBND huyện Đức Huệ", "801", Role.REPORTER),
                account("lanhdao", "Lãnh đạo UBND tỉnh", null, Role.VIEWER)));
        return new Accounts(store);
    }

    private static AccountStore.NewAccount account(String name, String display, String unit,
                                                   Role role) {
        return new AccountStore.NewAccount(new Account(name, display, Optional.ofNullable(unit),
                role, false, false), "kiemthu-" + name);
    }
}
