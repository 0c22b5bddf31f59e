package io.github.uptake.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uptake users disable NAME} and {@code uptake users enable NAME}: an account that is
 * disabled can no longer log in; its past submissions keep its name. An unknown name is refused
 * (exit 2).
 */
@Command(mixinStandardHelpOptions = true)
final class UsersDisableCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "the login name")
    private String name;

    private final UsersCommand users;
    private final boolean disable;

    UsersDisableCommand(UsersCommand users, boolean disable) {
        this.users = users;
        this.disable = disable;
    }

    @Spec
    void spec(CommandSpec spec) {
        spec.usageMessage().description(disable ? "Stop an account from logging in."
                : "Let a disabled account log in again.");
    }

    @Override
    public Integer call() {
        try (AppStorage db = users.open()) {
            if (!db.accounts().setDisabled(name, disable)) {
                users.refuse("Không có tài khoản " + name + ".", "There is no account " + name
                        + ".");
                return ExitCodes.REJECTED;
            }
        }
        if (disable) {
            users.say("Đã khoá tài khoản " + name + ".", "Disabled the account " + name + ".");
        } else {
            users.say("Đã mở lại tài khoản " + name + ".", "Enabled the account " + name + ".");
        }
        return ExitCodes.OK;
    }
}
