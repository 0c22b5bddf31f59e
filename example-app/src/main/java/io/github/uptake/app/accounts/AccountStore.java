package io.github.uptake.app.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The app's accounts in its database, in a schema of the app's own ({@value #SCHEMA}, migrated by
 * Flyway with its own history table, beside the library's {@code uptake} schema). Login names are
 * unique without regard to case. Thread-safe; every method is one transaction.
 */
public final class AccountStore {
    /** The schema of the app's tables. */
    public static final String SCHEMA = "uptake_app";
    /** The table, quoted where the schema's name must keep its case (H2 folds to upper). */
    private static final String TABLE = "\"" + SCHEMA + "\".account";
    private static final String COLUMNS = "name, display_name, unit_code, role, password_hash,"
            + " disabled, demo";

    private final DataSource data;
    private final Clock clock;

    private AccountStore(DataSource data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /**
     * Opens the store, creating or migrating its schema.
     *
     * @param data  the database, not null
     * @param clock  for the creation and password times, not null
     * @return the store, not null
     */
    public static AccountStore open(DataSource data, Clock clock) {
        Flyway.configure().dataSource(data).schemas(SCHEMA).table("uptake_app_history")
                .locations("classpath:io/github/uptake/app/accounts/db")
                .createSchemas(true).load().migrate();
        return new AccountStore(data, clock);
    }

    /**
     * An account with its password hash, as stored.
     *
     * @param account  the account
     * @param passwordHash  the stored hash ({@link Passwords#hash})
     */
    public record Stored(Account account, String passwordHash) {
    }

    /** Returns every account, by name. */
    public List<Account> list() {
        List<Account> all = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY name_folded", null,
                rs -> all.add(account(rs)));
        return all;
    }

    /**
     * Finds an account, case-insensitively.
     *
     * @param name  the login name, may be null (none)
     * @return the account and its hash, if any
     */
    public Optional<Stored> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<Stored> found = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE name_folded = ?",
                fold(name), rs -> found.add(new Stored(account(rs), rs.getString(5))));
        return found.stream().findFirst();
    }

    /** Returns the number of accounts. */
    public int count() {
        return list().size();
    }

    /** Returns true if an administrator that may log in exists. */
    public boolean hasAdministrator() {
        return list().stream().anyMatch(a -> a.role() == Role.ADMINISTRATOR && !a.disabled());
    }

    /**
     * Adds accounts, all or none.
     *
     * @param accounts  the accounts with their passwords (not yet hashed), not null
     * @throws IllegalArgumentException if a name is taken (by another case too), or given twice;
     *     nothing is added then
     */
    public void add(List<NewAccount> accounts) {
        List<Object[]> rows = new ArrayList<>();
        for (NewAccount n : accounts) {
            rows.add(new Object[] {n.account(), Passwords.hash(n.password())});
        }
        inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE + " ("
                    + COLUMNS + ", name_folded, created_at, password_set_at) VALUES (?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(clock.instant());
                for (Object[] r : rows) {
                    Account a = (Account) r[0];
                    if (find(c, a.name())) {
                        throw new IllegalArgumentException("the login name " + a.name()
                                + " is taken");
                    }
                    p.setString(1, a.name());
                    p.setString(2, a.displayName());
                    p.setString(3, a.unitCode().orElse(null));
                    p.setString(4, a.role().id());
                    p.setString(5, (String) r[1]);
                    p.setBoolean(6, a.disabled());
                    p.setBoolean(7, a.demo());
                    p.setString(8, fold(a.name()));
                    p.setTimestamp(9, now);
                    p.setTimestamp(10, now);
                    p.executeUpdate();
                }
            }
        });
    }

    /**
     * An account to add and its first password.
     *
     * @param account  the account, not null
     * @param password  the password, not null
     */
    public record NewAccount(Account account, String password) {
    }

    /**
     * Sets an account's password.
     *
     * @param name  the login name
     * @param password  the new password, not null
     * @return false if there is no such account
     */
    public boolean setPassword(String name, String password) {
        String hash = Passwords.hash(password);
        return update("UPDATE " + TABLE + " SET password_hash = ?, password_set_at = ?"
                + " WHERE name_folded = ?", hash, Timestamp.from(clock.instant()), fold(name));
    }

    /**
     * Disables or enables an account.
     *
     * @param name  the login name
     * @param disabled  true to disable
     * @return false if there is no such account
     */
    public boolean setDisabled(String name, boolean disabled) {
        return update("UPDATE " + TABLE + " SET disabled = ? WHERE name_folded = ?",
                disabled, null, fold(name));
    }

    private boolean update(String sql, Object first, Object second, String folded) {
        int[] n = new int[1];
        inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                p.setObject(i++, first);
                if (second != null) {
                    p.setObject(i++, second);
                }
                p.setString(i, folded);
                n[0] = p.executeUpdate();
            }
        });
        return n[0] == 1;
    }

    private static boolean find(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM " + TABLE + ""
                + " WHERE name_folded = ?")) {
            p.setString(1, fold(name));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                Role.of(rs.getString(4)).orElseThrow(), rs.getBoolean(6), rs.getBoolean(7));
    }

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String arg, Row row) {
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            if (arg != null) {
                p.setString(1, arg);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the accounts failed: " + e.getMessage(), e);
        }
    }

    private void inTransaction(Work work) {
        try (Connection c = data.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the accounts failed: " + e.getMessage(), e);
        }
    }
}
