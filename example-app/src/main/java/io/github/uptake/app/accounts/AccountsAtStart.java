package io.github.uptake.app.accounts;

import java.util.List;
import java.util.Optional;

/**
 * What {@code uptake serve} does about accounts before it listens: a database without any account
 * refuses to start and says how to add one; a database whose accounts include no administrator
 * that may log in gets one, {@value #ADMIN}, whose generated password is printed once.
 */
public final class AccountsAtStart {
    /** The login name of the administrator created at the first start. */
    public static final String ADMIN = "quantri";

    private AccountsAtStart() {
    }

    /**
     * The outcome.
     *
     * @param refusal  why the app must not start, in Vietnamese and English; empty to go on
     * @param created  the administrator just created, with its password to print once; empty if
     *     none was created
     */
    public record Outcome(Optional<String> refusal, Optional<Created> created) {
    }

    /**
     * An administrator created at the first start.
     *
     * @param name  its login name
     * @param password  its generated password, to print once
     */
    public record Created(String name, String password) {
    }

    /**
     * Checks the accounts, creating the first administrator if there is none.
     *
     * @param store  the accounts, not null
     * @param database  the database, for the message (e.g. its file)
     * @param options  the options that name it on a command line, e.g. {@code --db PATH}
     * @return the outcome, not null
     */
    public static Outcome prepare(AccountStore store, String database, String options) {
        if (store.count() == 0) {
            return new Outcome(Optional.of(noAccounts(database, options)), Optional.empty());
        }
        if (store.hasAdministrator()) {
            return new Outcome(Optional.empty(), Optional.empty());
        }
        String password = Passwords.generate();
        String name = ADMIN;
        for (int i = 2; store.find(name).isPresent(); i++) {
            name = ADMIN + i;
        }
        store.add(List.of(new AccountStore.NewAccount(new Account(name,
                "Quản trị / Administrator", Optional.empty(), Role.ADMINISTRATOR, false, false),
                password)));
        return new Outcome(Optional.empty(), Optional.of(new Created(name, password)));
    }

    /**
     * Returns the message of a database without accounts, saying how to add them.
     *
     * @param database  the database, e.g. its file
     * @param options  the options that name it, e.g. {@code --db /srv/uptake/an-giang}
     * @return the message, Vietnamese then English, not null
     */
    public static String noAccounts(String database, String options) {
        return "Cơ sở dữ liệu " + database + " chưa có tài khoản nào, nên không ai đăng nhập được."
                + " Thêm tài khoản rồi chạy lại:\n"
                + "  uptake users import tai-khoan.csv " + options
                + "   (cột name,display_name,unit,role[,password])\n"
                + "  uptake users add TEN --display-name \"...\" --unit MA --role admin "
                + options + "\n"
                + "The database " + database + " has no accounts, so nobody could log in. Add"
                + " some, then start again:\n"
                + "  uptake users import accounts.csv " + options
                + "   (columns name,display_name,unit,role[,password])\n"
                + "  uptake users add NAME --display-name \"...\" --unit CODE --role admin "
                + options;
    }
}
