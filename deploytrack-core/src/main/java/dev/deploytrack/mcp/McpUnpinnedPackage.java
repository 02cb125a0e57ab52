package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A server started from a package that is fetched anew at every start, at whatever version the registry serves that
 * day: {@code npx -y pkg} (and bunx, pnpm dlx, yarn dlx) without {@code @version}, {@code uvx pkg} without
 * {@code ==version}, a git source without a ref, a container image without a tag or digest or tagged latest. No vendor
 * requires a version; issue 15 asks for the supply-chain practice, hence a warning.
 */
public final class McpUnpinnedPackage extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-unpinned-package", Severity.WARNING,
            "MCP servers run pinned package versions",
            "An MCP server started with npx, bunx, pnpm dlx, yarn dlx or uvx without a version (or from a git "
                    + "source without a ref, or a container image without a tag, with 'latest' or without a digest) "
                    + "runs whatever the registry serves at each start: a compromised release reaches every "
                    + "developer at once. Pin the version. A recommendation, not a vendor rule: a warning.");

    /** npx and uvx options that take a value (the next token is not the package). */
    private static final Set<String> VALUE_OPTIONS = Set.of("--cache", "--registry", "--userconfig", "-c", "--call",
            "--python", "--with", "--with-requirements", "--index-url", "--extra-index-url", "--index", "-w",
            "--directory", "--python-preference", "--constraint", "--override");
    /** docker run options that take a value. */
    private static final Set<String> DOCKER_VALUE_OPTIONS = Set.of("-e", "--env", "--env-file", "-v", "--volume",
            "--mount", "--name", "--network", "--net", "-p", "--publish", "-w", "--workdir", "--entrypoint", "-u",
            "--user", "--platform", "-l", "--label", "--add-host", "--cpus", "-m", "--memory", "--pull",
            "--cap-add", "--cap-drop", "--security-opt", "--device", "--dns", "--hostname", "-h", "--ipc",
            "--log-driver", "--restart", "--runtime", "--shm-size", "--ulimit", "--gpus", "--group-add");

    public McpUnpinnedPackage() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        JsonTree command = server.isObject() ? server.get("command") : null;
        if (command == null || !command.is(JsonTree.Kind.STRING)) {
            return;
        }
        List<String> tokens = new ArrayList<>(List.of(command.text.strip().split("\\s+")));
        JsonTree args = server.get("args");
        if (args != null && args.is(JsonTree.Kind.ARRAY)) {
            for (JsonTree arg : args.items) {
                if (arg.is(JsonTree.Kind.STRING)) {
                    tokens.add(arg.text.strip());
                }
            }
        }
        String problem = problem(tokens);
        if (problem != null) {
            server.report(context, RULE, command, server.describe() + " runs " + problem, "pin the version, e.g. "
                    + "npx -y package@1.2.3, uvx package==1.2.3, image:1.2.3 or image@sha256:...");
        }
    }

    /** What is unpinned in the command line, or null. */
    static String problem(List<String> tokens) {
        if (tokens.size() >= 2 && base(tokens.get(0)).equals("cmd") && tokens.get(1).equalsIgnoreCase("/c")) {
            tokens = tokens.subList(2, tokens.size());
        }
        if (tokens.isEmpty()) {
            return null;
        }
        String runner = base(tokens.get(0));
        List<String> rest = tokens.subList(1, tokens.size());
        if ((runner.equals("pnpm") || runner.equals("yarn")) && !rest.isEmpty() && rest.get(0).equals("dlx")) {
            return npmPackage(runner + " dlx", rest.subList(1, rest.size()));
        }
        return switch (runner) {
            case "npx", "bunx" -> npmPackage(runner, rest);
            case "uvx" -> pythonPackage(rest);
            case "docker", "podman" -> !rest.isEmpty() && rest.get(0).equals("run") ? image(rest.subList(1,
                    rest.size())) : null;
            default -> null;
        };
    }

    private static String npmPackage(String runner, List<String> args) {
        String spec = packageSpec(args, "--package", "-p");
        if (spec == null || spec.startsWith(".") || spec.startsWith("/") || spec.contains("://")
                || spec.startsWith("github:") || spec.startsWith("file:") || spec.contains("${")) {
            return null;
        }
        int at = spec.indexOf('@', spec.startsWith("@") ? 1 : 0);
        String version = at < 0 ? "" : spec.substring(at + 1);
        if (version.isEmpty() || version.equals("latest") || version.equals("next")) {
            return runner + " " + spec + (version.isEmpty() ? " without a version" : ", a moving tag");
        }
        return null;
    }

    private static String pythonPackage(List<String> args) {
        String spec = packageSpec(args, "--from", null);
        if (spec == null || spec.startsWith(".") || spec.startsWith("/") || spec.contains("${")) {
            return null;
        }
        if (spec.startsWith("git+")) {
            String path = spec.substring(spec.indexOf("://") + 3);
            return path.contains("@") ? null : "uvx from " + spec + " without a ref";
        }
        if (spec.contains("://")) {
            return null;
        }
        boolean pinned = spec.contains("==") || spec.contains("@") && !spec.endsWith("@latest");
        return pinned ? null : "uvx " + spec + " without a version";
    }

    private static String image(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-")) {
                if (DOCKER_VALUE_OPTIONS.contains(arg)) {
                    i++;
                }
                continue;
            }
            if (arg.contains("${") || arg.contains("@sha256:")) {
                return null;
            }
            int slash = arg.lastIndexOf('/');
            int colon = arg.indexOf(':', slash + 1);
            if (colon < 0) {
                return "the image " + arg + " without a tag";
            }
            return arg.substring(colon + 1).equals("latest") ? "the image " + arg + ", a moving tag" : null;
        }
        return null;
    }

    private static String base(String command) {
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".cmd", ".exe", ".bat"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /**
     * The package a runner's arguments name: the value of {@code option} (or {@code shortOption}) when given, else the
     * first argument that is not an option (skipping the values of options that take one).
     */
    private static String packageSpec(List<String> args, String option, String shortOption) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(option) || arg.equals(shortOption)) {
                return i + 1 < args.size() ? args.get(i + 1) : null;
            }
            if (arg.startsWith(option + "=")) {
                return arg.substring(option.length() + 1);
            }
            if (arg.startsWith("-")) {
                if (VALUE_OPTIONS.contains(arg)) {
                    i++;
                }
                continue;
            }
            return arg;
        }
        return null;
    }
}
