package io.github.uptake.app;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.accounts.Role;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads accounts from a CSV file ({@code uptake users import FILE.csv}): one account per line, with
 * the header {@code name,display_name,unit,role[,password]}, any order, {@code ,} or {@code ;},
 * UTF-8 (the encoding and shape rules of {@link CsvTable}). {@code unit} is a unit code of the
 * database (empty: every unit, for the Department's accounts); {@code role} is {@code reporter},
 * {@code viewer} or {@code admin}; a blank {@code password} gets a generated one, printed once.
 * Every problem is located to its line and column; the file is taken whole or not at all.
 */
final class AccountsCsv {
    static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("name", "display_name",
            "unit", "role"), "password");

    private final ReferenceStore ref;
    private final AccountStore store;
    private final FileProblems problems = new FileProblems();
    private final CsvValues values = new CsvValues(problems);
    private final List<AccountStore.NewAccount> accounts = new ArrayList<>();
    private final List<Boolean> generated = new ArrayList<>();
    private final Map<String, Integer> names = new HashMap<>();

    private AccountsCsv(ReferenceStore ref, AccountStore store) {
        this.ref = ref;
        this.store = store;
    }

    /**
     * The accounts of a file, ready to add, and which passwords were generated.
     *
     * @param accounts  the accounts with their passwords
     * @param generated  for each, true if its password was generated (to print once)
     */
    record Read(List<AccountStore.NewAccount> accounts, List<Boolean> generated) {
    }

    /**
     * Reads a file, checking it against the units of the database and the accounts already there.
     *
     * @param file  the file
     * @param name  its name in problems
     * @param ref  the units
     * @param store  the existing accounts
     * @return the accounts, or the problems (and the warnings)
     * @throws IOException if the file cannot be read at all
     */
    static Validated<Read> read(Path file, String name, ReferenceStore ref, AccountStore store)
            throws IOException {
        AccountsCsv a = new AccountsCsv(ref, store);
        a.problems.addAll(CsvTable.read(file, name, LAYOUT, a::row));
        if (!a.problems.refused() && a.accounts.isEmpty()) {
            a.problems.add(Problem.error("accounts.empty", io.github.uptake.problem.Location.of(
                    name, null, null, null, null), null, "Tệp không có tài khoản nào.",
                    "The file has no account."));
        }
        List<Problem> all = new ArrayList<>(a.problems.errors());
        a.problems.warnings().forEach(w -> all.add(w.first()));
        return Validated.of("accounts " + name, a.problems.refused() ? null
                : new Read(List.copyOf(a.accounts), List.copyOf(a.generated)), all);
    }

    private void row(CsvTable.Row row) {
        String login = values.required(row, "name");
        String display = values.required(row, "display_name");
        String unit = CsvValues.trim(row.get("unit"));
        String roleText = values.required(row, "role");
        String password = row.get("password");
        boolean ok = login != null && display != null && roleText != null;
        if (login != null && !Account.validName(login)) {
            problems.add(Problem.error("accounts.bad-name", row.at("name"), login, "Tên đăng nhập"
                    + " \"" + login + "\" không hợp lệ: 1-64 chữ cái không dấu, chữ số, '.', '_'"
                    + " hoặc '-'.", "The login name \"" + login + "\" is not valid: 1-64 letters"
                    + " without accents, digits, '.', '_' or '-'."));
            ok = false;
        } else if (login != null) {
            String folded = login.toLowerCase(Locale.ROOT);
            Integer first = names.putIfAbsent(folded, row.line());
            if (first != null) {
                problems.add(Problem.error("accounts.twice", row.at("name"), login, "Tên đăng nhập"
                        + " \"" + login + "\" đã có ở dòng " + first + ".", "The login name \""
                        + login + "\" is already on line " + first + "."));
                ok = false;
            } else if (store.find(login).isPresent()) {
                problems.add(Problem.error("accounts.taken", row.at("name"), login, "Tên đăng nhập"
                        + " \"" + login + "\" đã có trong cơ sở dữ liệu; đổi mật khẩu bằng 'uptake"
                        + " users passwd " + login + "'.", "The login name \"" + login + "\" is"
                        + " already in the database; change its password with 'uptake users"
                        + " passwd " + login + "'."));
                ok = false;
            }
        }
        if (display != null && display.length() > 200) {
            problems.add(Problem.error("accounts.long-name", row.at("display_name"), null,
                    "Tên hiển thị dài quá 200 ký tự.", "The display name is longer than 200"
                            + " characters."));
            ok = false;
        }
        Optional<Role> role = Role.of(roleText);
        if (roleText != null && role.isEmpty()) {
            problems.add(Problem.error("accounts.bad-role", row.at("role"), roleText, "Vai trò \""
                    + roleText + "\" không có: viết reporter (báo cáo), viewer (chỉ xem) hoặc"
                    + " admin (quản trị).", "There is no role \"" + roleText + "\": write"
                    + " reporter, viewer or admin."));
            ok = false;
        }
        if (!unit.isEmpty() && !known(ref, unit)) {
            problems.add(Problem.error("accounts.unknown-unit", row.at("unit"), unit, "Không có"
                    + " đơn vị mã \"" + unit + "\" trong cơ sở dữ liệu; nạp đơn vị trước ('uptake"
                    + " load units') hoặc sửa mã (giữ số 0 ở đầu).", "There is no unit \"" + unit
                    + "\" in the database; load the units first ('uptake load units') or correct"
                    + " the code (keep its leading zeros)."));
            ok = false;
        }
        String weak = password.isEmpty() ? null : Passwords.weakness(password);
        if (weak != null) {
            problems.add(Problem.error("accounts.weak-password", row.at("password"), null, weak
                    .substring(0, weak.indexOf(" / ")), weak.substring(weak.indexOf(" / ") + 3)));
            ok = false;
        }
        if (ok) {
            boolean gen = password.isEmpty();
            accounts.add(new AccountStore.NewAccount(new Account(login, display, unit.isEmpty()
                    ? Optional.empty() : Optional.of(unit), role.orElseThrow(), false, false),
                    gen ? Passwords.generate() : password));
            generated.add(gen);
        }
    }

    /** Returns true if some version of some hierarchy of the database has the unit. */
    static boolean known(ReferenceStore ref, String unit) {
        for (String h : ref.hierarchyNames()) {
            if (ref.hierarchy(h).map(x -> x.versions().stream().anyMatch(v -> v.contains(unit)))
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
