package io.github.uptake.app;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the reminders' contacts ({@code reminders.contacts} of the configuration): one address a
 * line, with the header {@code unit,email[,name]}, any order, {@code ,} or {@code ;}, UTF-8 (the
 * encoding and shape rules of {@link CsvTable}). {@code unit} is a unit code of the database; a
 * unit may have several lines, one per address, and gets one message to all of them;
 * {@code name} (optional) is who the address is, shown by {@code uptake remind}. Every problem
 * (an unknown unit, an address that is not one, the same address twice for a unit) is located to
 * its line and column; the file is taken whole or not at all. Not thread-safe: one per file.
 */
final class ContactsCsv {
    static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("unit", "email"), "name");

    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    private final Predicate<String> knownUnit;
    private final FileProblems problems = new FileProblems();
    private final CsvValues values = new CsvValues(problems);
    private final Map<String, Set<String>> addresses = new TreeMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();

    private ContactsCsv(Predicate<String> knownUnit) {
        this.knownUnit = knownUnit;
    }

    /**
     * The contacts of a file.
     *
     * @param addresses  each unit's addresses, by unit code, in the file's order
     * @param names  who each address is, where the file says, by address
     */
    record Contacts(Map<String, List<String>> addresses, Map<String, String> names) {
        /** Copies the maps. */
        Contacts {
            Map<String, List<String>> copy = new TreeMap<>();
            addresses.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            addresses = java.util.Collections.unmodifiableMap(copy);
            names = Map.copyOf(names);
        }

        /**
         * Returns an address as a person reads it: {@code Name <a@b>}, or the address alone.
         *
         * @param address  the address
         * @return the text
         */
        String display(String address) {
            String n = names.get(address.toLowerCase(Locale.ROOT));
            return n == null ? address : n + " <" + address + ">";
        }
    }

    /**
     * Reads a file, checking its units against the database.
     *
     * @param file  the file
     * @param knownUnit  true for a unit code of the database
     * @return the contacts, or the problems, each at its line and column
     * @throws IOException if the file exists but cannot be read at all
     */
    static Validated<Contacts> read(Path file, Predicate<String> knownUnit) throws IOException {
        String name = file.getFileName().toString();
        ContactsCsv c = new ContactsCsv(knownUnit);
        try {
            c.problems.addAll(CsvTable.read(file, name, LAYOUT, c::row));
        } catch (NoSuchFileException e) {
            c.problems.add(Problem.error("contacts.missing", Location.of(file.toString(), null,
                    null, null, null), file.toString(), "Không có tệp danh bạ " + file
                    + " (reminders.contacts trong cấu hình): tạo tệp CSV với tiêu đề "
                    + LAYOUT.header() + ".", "There is no contacts file " + file
                    + " (reminders.contacts of the configuration): make a CSV file with the header "
                    + LAYOUT.header() + "."));
        }
        if (!c.problems.refused() && c.addresses.isEmpty()) {
            c.problems.add(Problem.error("contacts.empty", Location.of(name, null, null, null,
                    null), null, "Tệp danh bạ không có địa chỉ nào.",
                    "The contacts file has no address."));
        }
        if (c.problems.refused()) {
            return Validated.of("contacts " + name, null, c.problems.errors());
        }
        Map<String, List<String>> byUnit = new TreeMap<>();
        c.addresses.forEach((u, a) -> byUnit.put(u, new ArrayList<>(a)));
        return Validated.of("contacts " + name, new Contacts(byUnit, c.names), List.of());
    }

    private void row(CsvTable.Row row) {
        String unit = values.required(row, "unit");
        String email = values.required(row, "email");
        String who = CsvValues.trim(row.get("name"));
        boolean ok = unit != null && email != null;
        if (unit != null && !knownUnit.test(unit)) {
            problems.add(Problem.error("contacts.unknown-unit", row.at("unit"), unit, "Không có"
                    + " đơn vị mã \"" + unit + "\" trong cơ sở dữ liệu; sửa mã (giữ số 0 ở đầu).",
                    "There is no unit \"" + unit + "\" in the database; correct the code (keep"
                            + " its leading zeros)."));
            ok = false;
        }
        if (email != null && !ADDRESS.matcher(email).matches()) {
            problems.add(Problem.error("contacts.bad-address", row.at("email"), email, "\""
                    + email + "\" không phải địa chỉ thư (dạng ten@mien.vn, mỗi dòng một địa"
                    + " chỉ).", "\"" + email + "\" is not an e-mail address (name@domain.vn, one"
                    + " address a line)."));
            ok = false;
        }
        if (!ok) {
            return;
        }
        String key = unit + " " + email.toLowerCase(Locale.ROOT);
        Integer first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
            problems.add(Problem.error("contacts.twice", row.at("email"), email, "Địa chỉ "
                    + email + " của đơn vị " + unit + " đã có ở dòng " + first + ".", "The"
                    + " address " + email + " of unit " + unit + " is already on line " + first
                    + "."));
            return;
        }
        addresses.computeIfAbsent(unit, u -> new LinkedHashSet<>()).add(email);
        if (!who.isEmpty()) {
            names.putIfAbsent(email.toLowerCase(Locale.ROOT), who);
        }
    }
}
