package io.github.uptake.app;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.accounts.Role;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uptake users add NAME --display-name TEXT [--unit CODE] --role ROLE}: adds one account
 * with a generated password, printed once ({@code --password-stdin} reads one instead). A taken
 * name, an unknown unit or role is refused (exit 2) and nothing is added.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an account; its generated password is printed once.")
final class UsersAddCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", converter = NameConverter.class,
            description = "the login name: letters without accents, digits, . _ - (1 to 64)")
    private String name;

    @Option(names = "--display-name", required = true, paramLabel = "TEXT",
            converter = DisplayNameConverter.class,
            description = "the name shown, e.g. \"UBND xã Mỹ Bình\" (1 to 200 characters)")
    private String displayName;

    @Option(names = "--unit", paramLabel = "CODE", description = "the unit whose subtree the"
            + " account covers; leave out for every unit (the Department)")
    private String unit;

    @Option(names = "--role", required = true, paramLabel = "reporter|viewer|admin",
            converter = RoleConverter.class, completionCandidates = RoleNames.class,
            description = "reporter (submits), viewer (only"
                    + " sees) or admin (also manages accounts)")
    private Role role;

    @Option(names = "--password-stdin", description = "read the password from the first line"
            + " of standard input instead of generating one")
    private boolean passwordStdin;

    private final UsersCommand users;

    UsersAddCommand(UsersCommand users) {
        this.users = users;
    }

    @Override
    public Integer call() {
        String password = UsersPasswdCommand.password(passwordStdin, users);
        if (password == null) {
            return ExitCodes.REJECTED;
        }
        try (AppStorage db = users.open()) {
            if (unit != null && !AccountsCsv.known(db.storage().referenceStore(), unit.strip())) {
                users.refuse("Không có đơn vị mã \"" + unit + "\" trong cơ sở dữ liệu; nạp đơn vị"
                        + " trước ('uptake load units') hoặc sửa mã.", "There is no unit \""
                        + unit + "\" in the database; load the units first ('uptake load"
                        + " units') or correct the code.");
                return ExitCodes.REJECTED;
            }
            AccountStore store = db.accounts();
            if (store.find(name).isPresent()) {
                users.refuse("Tên đăng nhập " + name + " đã có; đổi mật khẩu bằng 'uptake users"
                        + " passwd " + name + "'.", "The login name " + name + " is taken;"
                        + " change its password with 'uptake users passwd " + name + "'.");
                return ExitCodes.REJECTED;
            }
            store.add(List.of(new AccountStore.NewAccount(new Account(name, displayName,
                    Optional.ofNullable(unit).map(String::strip), role, false, false),
                    password)));
        }
        users.say("Đã thêm tài khoản " + name + " (" + role.id() + ").", "Added the account "
                + name + " (" + role.id() + ").");
        if (!passwordStdin) {
            users.say("Mật khẩu (chỉ in lần này): " + password, "Password (shown only now): "
                    + password);
        }
        return ExitCodes.OK;
    }


    /** Reads {@code --role}: reporter, viewer or admin. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.of(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "--role must be reporter, viewer or admin, was " + value));
        }
    }

    /** Reads NAME: a valid login name. */
    static final class NameConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!Account.validName(value)) {
                throw new CommandLine.TypeConversionException("NAME must be 1 to 64 letters"
                        + " without accents, digits, '.', '_' or '-', was " + value);
            }
            return value;
        }
    }

    /** Reads {@code --display-name}: 1 to 200 characters, not blank. */
    static final class DisplayNameConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank() || value.strip().length() > 200) {
                throw new CommandLine.TypeConversionException("--display-name must be 1 to 200"
                        + " characters, was \"" + value + "\"");
            }
            return value.strip();
        }
    }

    /** The role names, for completion. */
    static final class RoleNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        RoleNames() {
            super(java.util.List.of("reporter", "viewer", "admin"));
        }
    }
}
