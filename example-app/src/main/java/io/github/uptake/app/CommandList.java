package io.github.uptake.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The "Commands:" section of a help text, one line per command that runs: a group of commands is
 * listed as each of them ({@code load units}, ..., {@code load vn-admin}), a command that runs
 * itself and has subcommands as itself and each of them ({@code import}, {@code import messages}), so that
 * {@code uptake --help} names every form. Hidden commands are left out. This class is stateless
 * and thread-safe.
 */
final class CommandList implements CommandLine.IHelpSectionRenderer {
    /**
     * Returns the section, or an empty text for a command without subcommands.
     *
     * @param help  the help being written, not null
     * @return the lines, each ending with a line break
     */
    @Override
    public String render(CommandLine.Help help) {
        CommandSpec spec = help.commandSpec();
        List<String[]> rows = new ArrayList<>();
        collect(spec, "", rows);
        if (rows.isEmpty()) {
            return "";
        }
        int names = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 4;
        int width = spec.usageMessage().width();
        TextTable table = TextTable.forColumns(help.colorScheme(),
                new Column(names, 2, Column.Overflow.SPAN),
                new Column(Math.max(20, width - names), 0, Column.Overflow.WRAP));
        rows.forEach(r -> table.addRowValues(r[0], r[1]));
        return table.toString();
    }

    private static void collect(CommandSpec spec, String prefix, List<String[]> rows) {
        spec.subcommands().forEach((name, sub) -> {
            CommandSpec s = sub.getCommandSpec();
            if (s.usageMessage().hidden() || !name.equals(s.name())) {
                return; // hidden, or an alias
            }
            // a command that takes its own arguments is listed, and so are its subcommands
            // (import, and import messages); a group (load, users) only as its subcommands
            if (s.subcommands().isEmpty() || !s.positionalParameters().isEmpty()) {
                rows.add(new String[] {prefix + name, summary(s)});
            }
            if (!s.subcommands().isEmpty()) {
                collect(s, prefix + name + " ", rows);
            }
        });
    }

    /** Returns the first line of a command's description. */
    private static String summary(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        return description.length == 0 ? "" : String.format(Locale.ROOT, description[0]).strip();
    }
}
