package dev.deploytrack.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's parsed arguments: {@code --flag}, {@code --option VALUE} or {@code --option=VALUE} (repeatable), and
 * positional operands. Deliberately small: the hook must start fast, and the grammar is plain GNU style.
 */
final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param flags         options without a value, e.g. {@code --strict}
     * @param valued        options that take a value, e.g. {@code --format}
     */
    static Arguments parse(List<String> args, Set<String> flags, Set<String> valued) throws UsageException {
        Arguments parsed = new Arguments();
        boolean operandsOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (operandsOnly || !arg.startsWith("-") || arg.equals("-")) {
                parsed.operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                operandsOnly = true;
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (name.equals("-h")) {
                name = "--help";
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The option's value; the last one wins when it was given more than once. */
    String value(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    String value(String name, String defaultValue) {
        String value = value(name);
        return value == null ? defaultValue : value;
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    List<String> operands() {
        return operands;
    }

    /** At most one operand, or {@code defaultValue} when there is none. */
    String singleOperand(String what, String defaultValue) throws UsageException {
        if (operands.size() > 1) {
            throw new UsageException("expected at most one " + what + ", got " + operands.size() + ": "
                    + String.join(" ", operands));
        }
        return operands.isEmpty() ? defaultValue : operands.get(0);
    }
}
