package io.github.uptake.app;

import io.github.uptake.app.accounts.Account;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code uptake users list}: every account with its role, unit and state; no passwords. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
final class UsersListCommand implements Callable<Integer> {
    private final UsersCommand users;

    UsersListCommand(UsersCommand users) {
        this.users = users;
    }

    @Override
    public Integer call() {
        List<Account> all;
        try (AppStorage db = users.open()) {
            all = db.accounts().list();
        }
        if (all.isEmpty()) {
            users.say("Chưa có tài khoản nào.", "There are no accounts.");
            return ExitCodes.OK;
        }
        boolean vi = users.vietnamese();
        users.out().println(String.format("%-20s %-9s %-12s %-10s %s", vi ? "tên" : "name",
                vi ? "vai trò" : "role", vi ? "đơn vị" : "unit", vi ? "trạng thái" : "state",
                vi ? "tên hiển thị" : "display name"));
        for (Account a : all) {
            String state = a.disabled() ? (vi ? "khoá" : "disabled") : a.demo() ? "demo"
                    : (vi ? "hoạt động" : "active");
            users.out().println(String.format("%-20s %-9s %-12s %-10s %s", a.name(),
                    a.role().id(), a.unitCode().orElse(vi ? "(tất cả)" : "(all)"), state,
                    a.displayName()));
        }
        return ExitCodes.OK;
    }
}
