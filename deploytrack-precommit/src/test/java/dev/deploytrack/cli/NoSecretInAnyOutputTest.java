package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants secrets in every input a command reads, on its success and its error paths, runs every command in every
 * output format, and searches everything printed and written (standard output and error, report files, the GitHub
 * step summary) for each secret and for any 12-character piece of it.
 */
class NoSecretInAnyOutputTest {

    private static final Set<String> FORMATS = Set.of("text", "json", "sarif", "junit", "markdown");

    /** Shared by every test, so that the one child JVM at the end replays every command on its own inputs. */
    @TempDir
    static Path dir;

    /** Every command run in process, replayed in one child JVM ({@link #everyCommandAgainInOneProcess}). */
    private static final CliProcess REPLAY = new CliProcess();
    private static final List<String> ALL_SECRETS = new ArrayList<>();
    private static int replayed;

    private final Random random = new Random(42);
    private final List<String> secrets = new ArrayList<>();
    /** The public, fixed prefix of each secret's format ({@code sk-ant-api03-} is in the rule's documentation). */
    private final List<Integer> publicPrefixes = new ArrayList<>();
    private int runs;

    private String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /**
     * Provider formats recognised on their own (0 to 3), and a password only a key-name detector finds (4: 20
     * random characters with no format of their own, found because a key such as {@code password} names it), made at
     * test time.
     */
    private List<String> makeSecrets() {
        String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        plant("glpat-", random(alnum + "-_", 20));
        plant("sk-ant-api03-", random(alnum + "-_", 93) + "AA");
        plant("AKIA", random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16));
        plant("xoxb-", random("0123456789", 12) + "-" + random("0123456789", 12) + "-" + random(alnum, 24));
        plant("", random(alnum, 20));
        return secrets;
    }

    /** {@code password = <secret 4>}: found by its key's name only. */
    private String password() {
        return secrets.get(4);
    }

    private void plant(String publicPrefix, String rest) {
        secrets.add(publicPrefix + rest);
        publicPrefixes.add(publicPrefix.length());
        synchronized (ALL_SECRETS) {
            ALL_SECRETS.add(publicPrefix + rest);
        }
    }

    private Path write(Path root, String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one command with an output file and a step summary, then checks everything it produced. */
    private void check(Path root, String... args) {
        Path summary = dir.resolve("summary-" + runs + ".md");
        Path outputs = dir.resolve("outputs-" + runs);
        List<String> command = new ArrayList<>(List.of(args));
        String format = command.contains("--format") ? command.get(command.indexOf("--format") + 1) : null;
        boolean hasOutput = format != null && FORMATS.contains(format) && !command.get(0).equals("tokens")
                && !command.get(0).equals("status") && !command.get(0).equals("impact");
        if (hasOutput && !command.get(0).equals("cost-check")) {
            command.add("--output");
            command.add(outputs.resolve("report." + format).toString());
        }
        CliRun run = CliRun.run(root, Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                command.toArray(String[]::new));
        REPLAY.add(root, Map.of("GITHUB_STEP_SUMMARY", dir.resolve("replay-summary.md").toString()),
                command.toArray(String[]::new));
        replayed++;
        runs++;
        assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, String.join(" ", args) + " exited " + run.exitCode());
        assertFalse(run.err().contains("internal error"), String.join(" ", args) + ": " + run.err());
        List<String> produced = new ArrayList<>(List.of(run.out(), run.err()));
        for (Path path : List.of(summary, outputs, root.resolve("target"))) {
            produced.addAll(contents(path));
        }
        assertNoPiece(String.join(" ", args), produced, secrets, publicPrefixes);
    }

    /** Fails when any text holds a 12-character piece of a secret past its format's public prefix. */
    private static void assertNoPiece(String what, List<String> produced, List<String> secrets,
                                      List<Integer> publicPrefixes) {
        String[] args = {what};
        for (String text : produced) {
            for (int s = 0; s < secrets.size(); s++) {
                String secret = secrets.get(s);
                // Every piece of 12 characters that reaches past the format's public prefix.
                for (int i = Math.max(0, publicPrefixes.get(s) - 11); i + 12 <= secret.length(); i++) {
                    if (text.contains(secret.substring(i, i + 12))) {
                        fail(String.join(" ", args) + " printed or wrote a piece of a secret: "
                                + text.substring(Math.max(0, text.indexOf(secret.substring(i, i + 12)) - 80),
                                Math.min(text.length(), text.indexOf(secret.substring(i, i + 12)) + 20))
                                .replace(secret.substring(i, i + 12), "<PIECE>"));
                    }
                }
            }
        }
    }

    private static List<String> contents(Path path) {
        if (!Files.exists(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(path)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void everyFormat(Path root, String... args) {
        for (String format : FORMATS) {
            String[] withFormat = Stream.concat(Stream.of(args), Stream.of("--format", format)).toArray(String[]::new);
            check(root, withFormat);
        }
    }

    /**
     * Every command of the tests above again, in one child JVM on its real standard output and error: what a
     * library prints past the commands' console (a logger writing to {@code System.err}) is caught too, at the cost
     * of one JVM start for all of them.
     */
    @AfterAll
    static void everyCommandAgainInOneProcess() throws Exception {
        if (replayed == 0) {
            return;
        }
        CliProcess.Result result = REPLAY.run(dir);
        assertTrue(result.exits().size() == replayed, "every command ran: " + result.exits().size() + " of "
                + replayed + "\n" + result.err());
        for (int exit : result.exits()) {
            assertTrue(exit >= 0 && exit <= 2, "exit " + exit);
        }
        assertFalse(result.err().contains("internal error"), result.err());
        List<String> produced = new ArrayList<>(List.of(result.out(), result.err()));
        produced.addAll(contents(dir.resolve("replay-summary.md")));
        List<Integer> prefixes = new ArrayList<>();
        for (String secret : ALL_SECRETS) {
            prefixes.add(prefixOf(secret));
        }
        assertNoPiece("the replay in one process", produced, ALL_SECRETS, prefixes);
    }

    private static int prefixOf(String secret) {
        for (String prefix : List.of("glpat-", "sk-ant-api03-", "AKIA", "xoxb-")) {
            if (secret.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    @Test
    void findingsAndHintsThatQuoteASecretShowItRedacted() {
        makeSecrets();
        Path root = dir.resolve("findings");
        write(root, ".env", "GITHUB_TOKEN=" + secrets.get(0) + "\nDB_PASSWORD=Pq7" + random("abcdefXYZ", 9)
                + "#!x2\nAPP_PASSWORD=" + password() + "\n");
        write(root, "config/app.yml", "database:\n  host: db\n  password: " + password() + "\n");
        write(root, "skills/db/SKILL.md", "---\nname: db\ndescription: Connects. Use when the database.\n---\n"
                + "Run `psql` with password = " + password() + "\n");
        // The YAML hint quotes the description; an unknown field is named; a link and a heading quote text.
        write(root, "skills/deploy/SKILL.md", "---\nname: deploy\ndescription: Uses token " + secrets.get(0)
                + ": then deploys.\n---\nBody\n");
        write(root, "skills/keys/SKILL.md", "---\nname: keys\ndescription: Keys. Use when keys.\n" + secrets.get(1)
                + ": true\n---\nBody " + secrets.get(2) + "\n");
        write(root, ".mcp.json", "{\"mcpServers\": {\"s\": {\"command\": \"npx\", \"env\": {\"SLACK_TOKEN\": \""
                + secrets.get(3) + "\"},}}}\n");
        write(root, "AGENTS.md", "# Agents\n\nUse " + secrets.get(1) + " for the API.\n");
        everyFormat(root, "validate", "--strict");
        everyFormat(root, "scan");
        check(root, "tokens", "AGENTS.md", ".env", "skills/deploy/SKILL.md");
        check(root, "tokens", "--format", "json", "AGENTS.md", ".env");
        check(root, "scan", "--write-baseline");
        check(root, "scan");
    }

    @Test
    void usageLogsHoldingSecretsAreStoredReportedAndCheckedRedacted() {
        makeSecrets();
        Path root = dir.resolve("usage");
        write(root, "environments/production/budget-limits.yaml", "monthly_limit_usd: 1\n");
        write(root, "deploytrack.yml", "usage:\n  attribution:\n    - agent: \"{metadata.agent}\"\n"
                + "      environment: production\n      when: {source: litellm}\n");
        String now = java.time.Instant.now().minusSeconds(3600).toString();
        write(root, "logs/projects/p/s.jsonl", "{\"type\":\"assistant\",\"sessionId\":\"" + secrets.get(0)
                + "\",\"cwd\":\"/srv/" + secrets.get(1) + "?password=" + password() + "\",\"gitBranch\":\"" + secrets.get(2) + "\","
                + "\"requestId\":\"r1\",\"timestamp\":\"" + now + "\",\"message\":{\"id\":\"m1\",\"model\":\""
                + secrets.get(3) + "\",\"usage\":{\"input_tokens\":10,\"output_tokens\":20}}}\n"
                + "{\"type\":\"assistant\",\"sessionId\":\"" + secrets.get(0) + "\n");
        write(root, "logs/litellm.csv", "request_id,spend,prompt_tokens,completion_tokens,startTime,model,metadata,"
                + "request_tags\nq1,2.5,10,5," + now + ",gpt-4o,\"{\"\"agent\"\": \"\"" + secrets.get(1)
                + "\"\", \"\"note\"\": \"\"" + secrets.get(2) + "\"\"}\",\"[\"\"" + secrets.get(3) + "\"\"]\"\n");
        check(root, "usage", "ingest", "logs");
        for (String format : List.of("text", "json", "markdown")) {
            check(root, "usage", "report", "--format", format);
        }
        check(root, "usage", "report", "--format", "html", "--output", "target/usage.html");
        check(root, "usage", "check", "--by", "agent");
        check(root, "usage", "check");
        for (String text : contents(root.resolve("deployments"))) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret.substring(secret.length() - 12)), "the usage store holds a secret");
            }
        }
    }

    @Test
    void configurationErrorsThatQuoteASecretShowItRedacted() {
        makeSecrets();
        String[] configs = {
            secrets.get(0) + ": true\n",
            "rules:\n  " + secrets.get(1) + ": off\n",
            "strict: " + secrets.get(2) + "\n",
            "exclude: [\"" + secrets.get(3) + "[\"]\n",
            "secrets:\n  allow: [\"(" + secrets.get(0) + "\"]\n",
            "tokens:\n  model: " + secrets.get(1) + "\n",
            "registry:\n  environments: [" + secrets.get(0) + "]\n  production: " + secrets.get(1) + "\n",
            "registry:\n  password: " + password() + "\n",
            "password: " + password() + "\n",
            "secrets:\n  allow: [\"password = " + password() + "[\"]\n",
        };
        for (int i = 0; i < configs.length; i++) {
            Path root = dir.resolve("config-" + i);
            write(root, "deploytrack.yml", configs[i]);
            write(root, "AGENTS.md", "# Agents\n");
            check(root, "validate");
            check(root, "scan");
            check(root, "cost-check");
            check(root, "status");
            check(root, "record-deployment", "--name", "api", "--agent", "review@1.0.0", "--env", "development",
                    "--actor", "ci:github-actions");
        }
    }

    @Test
    void brokenBaselinesBudgetsAndRegistriesThatQuoteASecretShowItRedacted() {
        makeSecrets();
        String[] baselines = {
            "{\"version\": 1, \"salt\": \"c2FsdHNhbHRzYWx0\", \"secrets\": [" + secrets.get(0) + "]}",
            "{\"version\": 1, \"salt\": \"" + secrets.get(1) + "\", \"secrets\": []}",
            "{\"" + secrets.get(2) + "\": 1}",
        };
        for (int i = 0; i < baselines.length; i++) {
            Path root = dir.resolve("baseline-" + i);
            write(root, ".deploytrack-secrets-baseline.json", baselines[i]);
            write(root, ".env", "TOKEN=" + secrets.get(3) + "\n");
            check(root, "scan");
            check(root, "validate");
        }
        Path budgets = dir.resolve("budgets");
        write(budgets, "environments/production/budget-limits.yaml", "daily_limit_usd: " + secrets.get(0)
                + "\n" + secrets.get(1) + ": 3\n");
        write(budgets, "environments/production/model-overrides.yaml", "default_model: " + secrets.get(2) + "\n");
        everyFormat(budgets, "cost-check");
        check(budgets, "cost-check", "--env", secrets.get(3));

        String[] registries = {
            "{\"registry_version\": \"" + secrets.get(0) + "\", \"projects\": {}}",
            "{\"registry_version\": \"2.0.0\", \"projects\": {\"api\": " + secrets.get(1) + "}}",
            "{\"registry_version\": \"2.0.0\", \"projects\": [], \"" + secrets.get(2) + "\": [}",
            "{\"registry_version\": \"2.0.0\", \"" + secrets.get(3) + "\": 1, \"" + secrets.get(3) + "\": 2}",
            "{\"registry_version\": \"2.0.0\", \"projects\": [{\"name\": \"api\", \"password\": " + password()
                    + "}]}",
            "{\"registry_version\": \"2.0.0\", \"password\": \"" + password() + "\", \"password\": 2}",
        };
        for (int i = 0; i < registries.length; i++) {
            Path root = dir.resolve("registry-" + i);
            write(root, "deployments/registry.json", registries[i]);
            check(root, "status");
            check(root, "status", "--format", "json");
            check(root, "impact", "--agent", "review@2.0.0");
            check(root, "record-deployment", "--name", "api", "--agent", "review@1.0.0", "--env", "development",
                    "--actor", "ci:github-actions");
            check(root, "approve", "--name", "api", "--agent", "review@1.0.0", "--actor", "human:alice");
            check(root, "rollback", "--name", "api", "--agent", "review@1.0.0", "--env", "development",
                    "--actor", "ci:github-actions", "--reason", "broken");
        }
    }

    @Test
    void theHookNeverPrintsAStagedSecret() {
        makeSecrets();
        GitRepo repo = GitRepo.init(dir.resolve("hook"));
        repo.write(".env", "GITHUB_TOKEN=" + secrets.get(0) + "\n")
                .write("skills/deploy/SKILL.md", "---\nname: deploy\ndescription: Uses token " + secrets.get(1)
                        + ": then deploys.\n---\nBody\n")
                .write("deploytrack.yml", "secrets:\n  exclude: [vendor/**]\n")
                .add(".");
        check(repo.root(), "pre-commit");
        repo.write("deploytrack.yml", secrets.get(2) + ": true\n").add(".");
        check(repo.root(), "pre-commit");
    }

    /** A name, key or actor from the command line can neither start a line nor forge a CI annotation. */
    @Test
    void namesWithControlCharactersNeverForgeALine() {
        Path root = dir.resolve("forge");
        String forged = "demo\n::error title=x::forged";
        for (String[] command : List.of(
                new String[] {"record-deployment", "--name", forged, "--agent", "review@1.0.0", "--env",
                    "development", "--actor", "ci:github-actions"},
                new String[] {"record-deployment", "--name", "api", "--agent", "review@1.0.0", "--env",
                    "development", "--actor", "ci:github-actions", "--idempotency-key", "k\r::warning::x"},
                new String[] {"record-deployment", "--name", "api", "--agent", "review@1.0.0", "--env",
                    "development", "--actor", "human:x\n::error::forged"},
                new String[] {"status", "--name", forged},
                new String[] {"approve", "--name", forged, "--agent", "review@1.0.0", "--actor", "human:alice"})) {
            CliRun run = CliRun.run(root, Map.of(), command);
            assertTrue(run.exitCode() == 2, String.join(" ", command) + ": " + run.exitCode() + run.err());
            for (String line : (run.out() + run.err()).split("\n")) {
                assertFalse(line.strip().startsWith("::"), "a forged line: " + line);
            }
        }
    }
}
