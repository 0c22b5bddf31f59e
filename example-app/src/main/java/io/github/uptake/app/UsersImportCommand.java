package io.github.uptake.app;

import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code uptake users import FILE.csv}: adds the accounts of a CSV file ({@link AccountsCsv}),
 * all or none; prints each generated password once. A refused file (exit 2) lists every problem
 * at its line and column, and adds nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the accounts of a CSV file, all or none.%n",
                "Columns (header required, any order, , or ;): name,display_name,unit,role"
                        + "[,password]. unit: a unit code, empty for every unit; role: reporter,"
                        + " viewer or admin; an empty password is generated and printed once."})
final class UsersImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the accounts")
    private String file;

    private final UsersCommand users;

    UsersImportCommand(UsersCommand users) {
        this.users = users;
    }

    @Override
    public Integer call() {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            users.refuse("Không có tệp " + file + ".", "There is no file " + file + ".");
            return ExitCodes.REJECTED;
        }
        String name = path.getFileName().toString();
        try (AppStorage db = users.open()) {
            AccountStore store = db.accounts();
            Validated<AccountsCsv.Read> read = AccountsCsv.read(path, name,
                    db.storage().referenceStore(), store);
            if (!read.isValid()) {
                users.refuse("Tệp " + name + " bị từ chối, chưa thêm tài khoản nào:", "The file "
                        + name + " is refused; no account was added:");
                for (Problem p : read.problems()) {
                    users.err().println("  " + p.location() + ": " + (users.vietnamese()
                            ? p.messageVi() : p.messageEn()));
                }
                return ExitCodes.REJECTED;
            }
            store.add(read.value().accounts());
            users.say("Đã thêm " + read.value().accounts().size() + " tài khoản từ " + name
                    + ". Mật khẩu được tạo (chỉ in lần này):", "Added " + read.value().accounts()
                    .size() + " accounts from " + name + ". Generated passwords (shown only"
                    + " now):");
            for (int i = 0; i < read.value().accounts().size(); i++) {
                if (read.value().generated().get(i)) {
                    AccountStore.NewAccount a = read.value().accounts().get(i);
                    users.out().println("  " + a.account().name() + " " + a.password());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
