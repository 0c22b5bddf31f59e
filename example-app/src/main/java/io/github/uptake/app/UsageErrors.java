package io.github.uptake.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What {@code uptake} prints for a usage error: one line on standard error, {@code uptake report:
 * --unit is required; run 'uptake report --help'}, saying what is wrong (an unknown command or
 * option, with the nearest names; an option without its value; a required option or file missing;
 * a value the option does not take, with the value) and where to read the options. The exit code
 * is 64. This class is stateless and thread-safe.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    /** How far (in edits) a misspelt name may be from a name to be suggested. */
    private static final int NEAR = 2;

    /**
     * Prints the line and returns 64.
     *
     * @param error  the usage error, not null
     * @param args  the command line, not null
     * @return {@link ExitCodes#USAGE}
     */
    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(name + ": " + whatIsWrong(error) + "; run '" + name + " --help'");
        err.println(vietnamese(name));
        err.flush();
        return command.getExitCodeExceptionMapper().getExitCode(error);
    }

    /**
     * Returns what is wrong, as a clause: {@code unknown option --colour}, {@code --date needs a
     * value}, {@code --unit is required}, {@code --date: dates are YYYY-MM-DD, was 15/8/2020}.
     *
     * @param error  the usage error, not null
     * @return the clause, not null
     */
    /**
     * Returns the Vietnamese line that follows a usage error: the command was not written as it
     * takes, and where its options are (the detail, in the line before, is picocli's English).
     *
     * @param name  the command's qualified name, e.g. {@code uptake report}
     * @return the line, not null
     */
    static String vietnamese(String name) {
        return name + ": lệnh viết chưa đúng (chi tiết ở dòng trên); chạy '" + name + " --help' để"
                + " xem các tuỳ chọn";
    }

    static String whatIsWrong(CommandLine.ParameterException error) {
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched);
        }
        if (error instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            return missing(missing);
        }
        if (error instanceof CommandLine.OverwrittenOptionException twice) {
            return label(twice.getOverwritten()) + " is given more than once";
        }
        if (error.getCause() instanceof CommandLine.TypeConversionException bad
                && error.getArgSpec() != null) {
            // a converter that knows its option names it; a general one (a day) does not
            String message = bad.getMessage();
            return message.startsWith("--") ? message : label(error.getArgSpec()) + ": " + message;
        }
        return error.getMessage();
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException error) {
        String first = error.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = error.getCommandLine().getCommandSpec();
        List<String> names = new ArrayList<>();
        String what;
        if (error.isUnknownOption()) {
            what = "unknown option " + first;
            spec.options().stream().filter(o -> !o.hidden()).forEach(o -> names.add(
                    o.longestName()));
            first = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        } else if (!spec.subcommands().isEmpty()) {
            what = "unknown command '" + first + "'";
            spec.subcommands().forEach((n, c) -> {
                if (!c.getCommandSpec().usageMessage().hidden()) {
                    names.add(n);
                }
            });
        } else {
            return "unexpected argument '" + first + "'";
        }
        List<String> near = new ArrayList<>();
        for (String n : names) {
            if (edits(first, n) <= NEAR) {
                near.add(n);
            }
        }
        return near.isEmpty() ? what : what + " (did you mean " + String.join(" or ", near)
                + "?)";
    }

    private static String missing(CommandLine.MissingParameterException error) {
        List<ArgSpec> missing = error.getMissing();
        String message = String.valueOf(error.getMessage());
        if (missing.size() == 1 && missing.get(0).isOption()
                && (message.startsWith("Missing required parameter for")
                || message.startsWith("Expected parameter"))) {
            // the option is there, its value is not
            return label(missing.get(0)) + " needs a value";
        }
        List<String> labels = missing.stream().map(UsageErrors::label).toList();
        if (labels.size() == 1) {
            return labels.get(0) + " is required";
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and "
                + labels.get(labels.size() - 1) + " are required";
    }

    /** Returns how an option or a parameter is named to the user: --unit, FILE. */
    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** Returns the Levenshtein distance of two names: the fewest edits from one to the other. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
