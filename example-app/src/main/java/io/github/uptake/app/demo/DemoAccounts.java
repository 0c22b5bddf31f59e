package io.github.uptake.app.demo;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.accounts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's accounts, made only when the demo is loaded into its database: the Department of
 * Information and Communications (administrator, every unit), Tân An city (794) and Đức Huệ
 * district (801) as reporters, and a provincial leader who only views. Their passwords are
 * generated for each demo database and printed once, when it is made; no demo password is written
 * anywhere else.
 */
public final class DemoAccounts {
    private DemoAccounts() {
    }

    /**
     * An account made, with its password.
     *
     * @param account  the account
     * @param password  its password, to print once
     */
    public record Made(Account account, String password) {
    }

    /**
     * Adds the demo's accounts.
     *
     * @param store  the demo database's accounts, without these names, not null
     * @return the accounts with their passwords, not null
     */
    public static List<Made> add(AccountStore store) {
        List<Made> made = new ArrayList<>();
        made.add(made("sotttt", "Sở Thông tin và Truyền thông", null, Role.ADMINISTRATOR));
        made.add(made("tanan", "UBND Thành phố Tân An", "794", Role.REPORTER));
        made.add(made("duchue", "UBND huyện Đức Huệ", "801", Role.REPORTER));
        made.add(made("lanhdao", "Lãnh đạo UBND tỉnh", null, Role.VIEWER));
        store.add(made.stream().map(m -> new AccountStore.NewAccount(m.account(), m.password()))
                .toList());
        return made;
    }

    private static Made made(String name, String display, String unit, Role role) {
        return new Made(new Account(name, display, Optional.ofNullable(unit), role, false, true),
                Passwords.generate());
    }

    /**
     * Returns the lines that show the accounts once, in Vietnamese and English.
     *
     * @param made  the accounts made
     * @return the lines, not null
     */
    public static List<String> lines(List<Made> made) {
        List<String> lines = new ArrayList<>();
        lines.add("Tài khoản của bản demo (mật khẩu chỉ in lần này; đổi bằng 'uptake users passwd"
                + " TEN') / The demo's accounts (passwords shown only now; change one with"
                + " 'uptake users passwd NAME'):");
        for (Made m : made) {
            lines.add(String.format("  %-8s %-18s %-9s %s", m.account().name(), m.password(),
                    m.account().role().id(), m.account().displayName()));
        }
        return lines;
    }
}
