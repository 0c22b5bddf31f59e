package io.github.uptake.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command: {@code --name value} pairs, {@code --flag}s and the
 * rest. Unknown options are refused with a message that names them.
 */
final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();
    private boolean help;
    private final java.util.Set<String> flags = new java.util.HashSet<>();

    /** Thrown for a usage error; the message says what to do. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Args parse(String[] args, int from, Set<String> valued) throws UsageException {
        return parse(args, from, valued, Set.of());
    }

    static Args parse(String[] args, int from, Set<String> valued, Set<String> flags)
            throws UsageException {
        Args a = new Args();
        for (int i = from; i < args.length; i++) {
            String s = args[i];
            if (s.equals("--help") || s.equals("-h")) {
                a.help = true;
            } else if (s.startsWith("--")) {
                String name = s.substring(2);
                if (flags.contains(name)) {
                    a.flags.add(name);
                    continue;
                }
                if (!valued.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value");
                }
                a.options.put(name, args[++i]);
            } else {
                a.operands.add(s);
            }
        }
        return a;
    }

    boolean help() {
        return help;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }

    List<String> operands() {
        return operands;
    }
}
