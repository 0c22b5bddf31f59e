package io.github.uptake.app;

import io.github.uptake.app.accounts.Passwords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uptake users passwd NAME}: gives an account a new generated password, printed once
 * ({@code --password-stdin} reads one instead). An unknown name is refused (exit 2).
 */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = "Give an account a new password, printed once.")
final class UsersPasswdCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "the login name")
    private String name;

    @Option(names = "--password-stdin", description = "read the password from the first line"
            + " of standard input instead of generating one")
    private boolean passwordStdin;

    private final UsersCommand users;

    UsersPasswdCommand(UsersCommand users) {
        this.users = users;
    }

    @Override
    public Integer call() {
        String password = password(passwordStdin, users);
        if (password == null) {
            return ExitCodes.REJECTED;
        }
        try (AppStorage db = users.open()) {
            if (!db.accounts().setPassword(name, password)) {
                users.refuse("Không có tài khoản " + name + " ('uptake users list' liệt kê các"
                        + " tài khoản).", "There is no account " + name + " ('uptake users list'"
                        + " lists them).");
                return ExitCodes.REJECTED;
            }
        }
        users.say("Đã đặt mật khẩu mới cho " + name + ".", "Set a new password for " + name
                + ".");
        if (!passwordStdin) {
            users.say("Mật khẩu (chỉ in lần này): " + password, "Password (shown only now): "
                    + password);
        }
        return ExitCodes.OK;
    }

    /**
     * Returns a generated password, or the one on standard input's first line; null (with the
     * refusal printed) if that one is too weak.
     */
    static String password(boolean fromStdin, UsersCommand users) {
        if (!fromStdin) {
            return Passwords.generate();
        }
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    .readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String weak = line == null ? Passwords.weakness("") : Passwords.weakness(line);
        if (weak != null) {
            users.err().println(weak);
            return null;
        }
        return line;
    }
}
