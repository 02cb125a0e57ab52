import dev.deploytrack.secrets.FakeSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the secret-scanning benchmark tree: an agent monorepo of about 200 MB in about 15,000 files (code, docs,
 * configs, lockfiles, logs, data, minified bundles, binaries) with a few dozen planted fake secrets and thousands of
 * look-alikes (placeholders, references, UUIDs, SHAs, integrity hashes, model ids). The planted secrets are listed
 * in OUT.planted (path:line rule). Deterministic for a seed. Run (after ./mvnw test-compile) with:
 *   java -cp deploytrack-core/target/test-classes bench/secrets/GenerateTree.java OUT [SEED]
 */
public class GenerateTree {

    static final String[] WORDS = ("agent tool model prompt request response config server client context skill "
            + "memory session user message stream batch retry cache index search vector embed chunk document file "
            + "parse render route handler queue worker event metric trace span log error result value option state "
            + "policy budget limit usage cost plan step task run job build deploy release review test check").split(" ");
    static final String[] MODELS = {"claude-sonnet-4-5-20250929", "gpt-4o-2024-08-06", "gemini-2.0-flash",
        "anthropic.claude-3-5-sonnet-20240620-v1:0", "meta-llama/Llama-3.1-70B-Instruct", "text-embedding-3-large",
        "mistral-large-2411", "deepseek-chat"};

    final Random random;
    final FakeSecrets fake;
    final Path root;
    final List<String> planted = new ArrayList<>();
    final List<Path> textFiles = new ArrayList<>();
    long bytes;
    int files;

    GenerateTree(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
        this.fake = new FakeSecrets(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261122L;
        GenerateTree tree = new GenerateTree(out, seed);
        tree.generate();
        tree.plant(44);
        Files.write(out.resolveSibling(out.getFileName() + ".planted"), tree.planted, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d files, %.1f MB, %d planted secrets in %s%n", tree.files,
                tree.bytes / 1048576.0, tree.planted.size(), out);
    }

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    String camel() {
        String a = word();
        String b = word();
        return a + Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    String uuid() {
        return fake.hex(8) + "-" + fake.hex(4) + "-4" + fake.hex(3) + "-a" + fake.hex(3) + "-" + fake.hex(12);
    }

    void write(String path, CharSequence content, boolean text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        byte[] data = content.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, data);
        bytes += data.length;
        files++;
        if (text) {
            textFiles.add(file);
        }
    }

    void generate() throws IOException {
        for (int i = 0; i < 9000; i++) {
            String pkg = "packages/pkg-" + (i % 300) + "/src/" + word() + "/";
            switch (i % 4) {
                case 0 -> write(pkg + camel() + i + ".ts", typescript(55 + random.nextInt(180)), true);
                case 1 -> write(pkg + word() + "_" + i + ".py", python(55 + random.nextInt(180)), true);
                case 2 -> write(pkg + word() + i + ".go", golang(55 + random.nextInt(180)), true);
                default -> write(pkg + Character.toUpperCase(word().charAt(0)) + word() + i + ".java",
                        java(55 + random.nextInt(180)), true);
            }
        }
        for (int i = 0; i < 2500; i++) {
            write("docs/" + word() + "/" + word() + "-" + i + ".md", markdown(40 + random.nextInt(120)), true);
        }
        for (int i = 0; i < 2000; i++) {
            String dir = "services/svc-" + (i % 120) + "/";
            if (i % 2 == 0) {
                write(dir + word() + "-" + i + ".yaml", yaml(40 + random.nextInt(120)), true);
            } else {
                write(dir + word() + "-" + i + ".json", json(30 + random.nextInt(100)), true);
            }
        }
        for (int i = 0; i < 1000; i++) {
            String dir = "agents/agent-" + i + "/";
            switch (i % 4) {
                case 0 -> write(dir + "CLAUDE.md", agentInstructions(), true);
                case 1 -> write(dir + ".mcp.json", mcpConfig(), true);
                case 2 -> write(dir + "skills/" + word() + "-" + word() + "/SKILL.md", skill(), true);
                default -> write(dir + ".env.example", envExample(), true);
            }
        }
        for (int i = 0; i < 150; i++) {
            write("logs/" + word() + "-" + i + ".log", log(1100 + random.nextInt(1600)), true);
        }
        for (int i = 0; i < 12; i++) {
            write("packages/pkg-" + i + "/package-lock.json", lockfile(9000 + random.nextInt(4000)), true);
        }
        for (int i = 0; i < 25; i++) {
            write("web/dist/bundle-" + i + ".min.js", minified(500_000 + random.nextInt(250_000)), true);
        }
        for (int i = 0; i < 100; i++) {
            write("data/" + word() + "-" + i + ".csv", csv(1800 + random.nextInt(1200)), true);
        }
        for (int i = 0; i < 200; i++) {
            byte[] png = new byte[10_000 + random.nextInt(20_000)];
            random.nextBytes(png);
            png[0] = (byte) 0x89;
            png[1] = 'P';
            png[2] = 'N';
            png[3] = 'G';
            png[8] = 0;
            Path file = root.resolve("assets/img-" + i + (i % 2 == 0 ? ".png" : ".bin"));
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            bytes += png.length;
            files++;
        }
    }

    CharSequence typescript(int lines) {
        StringBuilder out = new StringBuilder("import { " + camel() + " } from './" + word() + "';\n");
        out.append("import crypto from 'node:crypto';\n\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(14)) {
                case 0 -> out.append("export async function ").append(camel()).append("(").append(word())
                        .append(": string, token: string): Promise<void> {\n");
                case 1 -> out.append("  const token = await getToken(").append(word()).append(");\n");
                case 2 -> out.append("  headers['Authorization'] = `Bearer ${token}`;\n");
                case 3 -> out.append("  const apiKey = process.env.").append(word().toUpperCase(Locale.ROOT))
                        .append("_API_KEY;\n");
                case 4 -> out.append("  if (password.length < ").append(8 + random.nextInt(8))
                        .append(") throw new Error('password too short');\n");
                case 5 -> out.append("  const id = '").append(uuid()).append("';\n");
                case 6 -> out.append("  // TODO: cache the ").append(word()).append(" ").append(word())
                        .append(" per session key\n");
                case 7 -> out.append("  const model = '").append(MODELS[random.nextInt(MODELS.length)])
                        .append("';\n");
                case 8 -> out.append("  const digest = crypto.createHash('sha256').update(").append(word())
                        .append(").digest('hex');\n");
                case 9 -> out.append("  return { ").append(word()).append(": ").append(random.nextInt(10000))
                        .append(", maxTokens: ").append(1024 * (1 + random.nextInt(8))).append(" };\n}\n\n");
                case 10 -> out.append("  const secretName = '").append(word()).append("-credentials';\n");
                case 11 -> out.append("  logger.info(`").append(word()).append(" ").append(word())
                        .append(" took ${ms} ms`, { requestId });\n");
                case 12 -> out.append("  const commit = '").append(fake.hex(40)).append("';\n");
                default -> out.append("  ").append(camel()).append(" = ").append(camel()).append("(")
                        .append(word()).append(", ").append(random.nextInt(100)).append(");\n");
            }
        }
        return out;
    }

    CharSequence python(int lines) {
        StringBuilder out = new StringBuilder("import os\nimport hashlib\nfrom typing import Optional\n\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(12)) {
                case 0 -> out.append("def ").append(word()).append("_").append(word())
                        .append("(self, token: Optional[str] = None, password: str = \"\") -> dict:\n");
                case 1 -> out.append("    api_key = os.environ[\"").append(word().toUpperCase(Locale.ROOT))
                        .append("_API_KEY\"]\n");
                case 2 -> out.append("    token = self.client.get_token(scope=\"").append(word()).append("\")\n");
                case 3 -> out.append("    secret = settings.").append(word().toUpperCase(Locale.ROOT))
                        .append("_SECRET\n");
                case 4 -> out.append("    digest = hashlib.sha256(").append(word()).append(".encode()).hexdigest()\n");
                case 5 -> out.append("    max_tokens = ").append(1024 * (1 + random.nextInt(8))).append("\n");
                case 6 -> out.append("    model = \"").append(MODELS[random.nextInt(MODELS.length)]).append("\"\n");
                case 7 -> out.append("    run_id = \"").append(uuid()).append("\"\n");
                case 8 -> out.append("    # Never log the password or the API key of the ").append(word())
                        .append(".\n");
                case 9 -> out.append("    return {\"").append(word()).append("\": ").append(word())
                        .append(", \"status\": \"ok\"}\n\n");
                case 10 -> out.append("    password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n");
                default -> out.append("    ").append(word()).append(" = ").append(word()).append("(")
                        .append(word()).append(", ").append(random.nextInt(100)).append(")\n");
            }
        }
        return out;
    }

    CharSequence golang(int lines) {
        StringBuilder out = new StringBuilder("package " + word() + "\n\nimport (\n\t\"context\"\n\t\"os\"\n)\n\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(10)) {
                case 0 -> out.append("func (c *Client) ").append(Character.toUpperCase(word().charAt(0)))
                        .append(word()).append("(ctx context.Context, token string) error {\n");
                case 1 -> out.append("\tapiKey := os.Getenv(\"").append(word().toUpperCase(Locale.ROOT))
                        .append("_API_KEY\")\n");
                case 2 -> out.append("\treq.Header.Set(\"Authorization\", \"Bearer \"+token)\n");
                case 3 -> out.append("\tif len(password) < 12 {\n\t\treturn ErrWeakPassword\n\t}\n");
                case 4 -> out.append("\tsha := \"").append(fake.hex(40)).append("\"\n");
                case 5 -> out.append("\treturn nil\n}\n\n");
                case 6 -> out.append("\t// key rotation happens in the ").append(word()).append(" service\n");
                case 7 -> out.append("\tcfg.MaxTokens = ").append(1024 * (1 + random.nextInt(8))).append("\n");
                default -> out.append("\t").append(word()).append(", err := c.").append(word()).append("(ctx, ")
                        .append(random.nextInt(100)).append(")\n");
            }
        }
        return out;
    }

    CharSequence java(int lines) {
        StringBuilder out = new StringBuilder("package dev.acme." + word() + ";\n\nimport java.util.Map;\n\n"
                + "public final class " + Character.toUpperCase(word().charAt(0)) + word() + " {\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(10)) {
                case 0 -> out.append("    public String ").append(camel()).append("(String token) {\n");
                case 1 -> out.append("        String apiKey = System.getenv(\"").append(word().toUpperCase(Locale.ROOT))
                        .append("_API_KEY\");\n");
                case 2 -> out.append("        char[] password = console.readPassword();\n");
                case 3 -> out.append("        headers.put(\"Authorization\", \"Bearer \" + token);\n");
                case 4 -> out.append("        return Map.of(\"").append(word()).append("\", ").append(word())
                        .append(");\n    }\n\n");
                case 5 -> out.append("    private static final String SECRET_NAME = \"").append(word())
                        .append("-secret\";\n");
                case 6 -> out.append("    private static final int MAX_TOKENS = ").append(4096).append(";\n");
                case 7 -> out.append("        UUID id = UUID.fromString(\"").append(uuid()).append("\");\n");
                default -> out.append("        ").append(camel()).append(".").append(word()).append("(")
                        .append(random.nextInt(100)).append(");\n");
            }
        }
        return out.append("}\n");
    }

    CharSequence markdown(int lines) {
        StringBuilder out = new StringBuilder("# " + word() + " " + word() + "\n\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(9)) {
                case 0 -> out.append("```bash\ncurl -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/v1/")
                        .append(word()).append("\n```\n");
                case 1 -> out.append("Set `OPENAI_API_KEY=your_api_key_here` in `.env` before running the ")
                        .append(word()).append(".\n");
                case 2 -> out.append("The ").append(word()).append(" uses model `")
                        .append(MODELS[random.nextInt(MODELS.length)]).append("` with a token budget of ")
                        .append(random.nextInt(100000)).append(".\n");
                case 3 -> out.append("See commit ").append(fake.hex(40)).append(" and issue #")
                        .append(random.nextInt(5000)).append(".\n");
                case 4 -> out.append("| ").append(word()).append(" | ").append(word()).append(" | ")
                        .append(random.nextInt(1000)).append(" |\n");
                default -> {
                    for (int w = 0; w < 14; w++) {
                        out.append(word()).append(w == 13 ? ".\n" : " ");
                    }
                }
            }
        }
        return out;
    }

    CharSequence yaml(int lines) {
        StringBuilder out = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + word()
                + "\ndata:\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(8)) {
                case 0 -> out.append("  api_key: ${").append(word().toUpperCase(Locale.ROOT)).append("_API_KEY}\n");
                case 1 -> out.append("  password: \"{{ .Values.").append(word()).append(".password }}\"\n");
                case 2 -> out.append("  image: ghcr.io/acme/").append(word()).append("@sha256:").append(fake.hex(64))
                        .append("\n");
                case 3 -> out.append("  model: ").append(MODELS[random.nextInt(MODELS.length)]).append("\n");
                case 4 -> out.append("  request_id: ").append(uuid()).append("\n");
                case 5 -> out.append("  max_tokens: ").append(1024 * (1 + random.nextInt(8))).append("\n");
                default -> out.append("  ").append(word()).append("_").append(word()).append(": ").append(word())
                        .append("\n");
            }
        }
        return out;
    }

    CharSequence json(int lines) {
        StringBuilder out = new StringBuilder("{\n");
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append("  \"token\": \"${").append(word().toUpperCase(Locale.ROOT)).append("_TOKEN}\",\n");
                case 1 -> out.append("  \"id\": \"").append(uuid()).append("\",\n");
                case 2 -> out.append("  \"sha\": \"").append(fake.hex(40)).append("\",\n");
                case 3 -> out.append("  \"model\": \"").append(MODELS[random.nextInt(MODELS.length)]).append("\",\n");
                default -> out.append("  \"").append(camel()).append("\": ").append(random.nextInt(100000))
                        .append(",\n");
            }
        }
        return out.append("  \"end\": true\n}\n");
    }

    CharSequence agentInstructions() {
        return "# Agent instructions\n\n## Setup\n\nExport `ANTHROPIC_API_KEY=sk-ant-...` and run `npm test`.\n\n"
                + "```bash\ncurl -H \"x-api-key: $ANTHROPIC_API_KEY\" https://api.anthropic.com/v1/messages\n```\n\n"
                + "## Testing\n\nUse the model `" + MODELS[random.nextInt(MODELS.length)] + "`.\n";
    }

    CharSequence mcpConfig() {
        return "{\n  \"mcpServers\": {\n    \"" + word() + "\": {\n      \"command\": \"npx\",\n"
                + "      \"args\": [\"-y\", \"@acme/" + word() + "-mcp\"],\n      \"env\": {\n"
                + "        \"GITHUB_TOKEN\": \"${GITHUB_TOKEN}\",\n        \"API_KEY\": \"<your-api-key>\"\n      }\n"
                + "    }\n  }\n}\n";
    }

    CharSequence skill() {
        String name = word() + "-" + word();
        return "---\nname: " + name + "\ndescription: Handles " + word() + " " + word() + ". Use when asked to "
                + word() + ".\n---\n\n# " + name + "\n\nRead the token from `$" + word().toUpperCase(Locale.ROOT)
                + "_TOKEN`; never print it.\n";
    }

    CharSequence envExample() {
        return "OPENAI_API_KEY=your_api_key_here\nANTHROPIC_API_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/"
                + word() + "\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSESSION_SECRET=changeme\n";
    }

    CharSequence log(int lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            out.append("2026-11-").append(10 + random.nextInt(18)).append("T").append(10 + random.nextInt(13))
                    .append(":").append(10 + random.nextInt(49)).append(":").append(10 + random.nextInt(49))
                    .append(".").append(100 + random.nextInt(899)).append("Z INFO [").append(word()).append("] ")
                    .append("request_id=").append(uuid()).append(" trace=").append(fake.hex(32)).append(" ")
                    .append(word()).append(" ").append(word()).append(" tokens=").append(random.nextInt(9000))
                    .append(" latency_ms=").append(random.nextInt(3000)).append(" model=")
                    .append(MODELS[random.nextInt(MODELS.length)]).append("\n");
        }
        return out;
    }

    CharSequence lockfile(int packages) {
        StringBuilder out = new StringBuilder("{\n  \"name\": \"" + word() + "\",\n  \"lockfileVersion\": 3,\n"
                + "  \"packages\": {\n");
        for (int i = 0; i < packages; i++) {
            String name = word() + "-" + word() + "-" + i;
            out.append("    \"node_modules/").append(name).append("\": {\n      \"version\": \"")
                    .append(random.nextInt(9)).append(".").append(random.nextInt(20)).append(".")
                    .append(random.nextInt(30)).append("\",\n      \"resolved\": \"https://registry.npmjs.org/")
                    .append(name).append("/-/").append(name).append(".tgz\",\n      \"integrity\": \"sha512-")
                    .append(fake.base64Bytes(64)).append("\",\n      \"license\": \"MIT\"\n    },\n");
        }
        return out.append("    \"\": {}\n  }\n}\n");
    }

    CharSequence minified(int size) {
        StringBuilder out = new StringBuilder(size + 1000);
        out.append("!function(e,t){\"use strict\";");
        while (out.length() < size) {
            switch (random.nextInt(8)) {
                case 0 -> out.append("var ").append(fake.alnum(2)).append("=\"").append(fake.base64Bytes(24))
                        .append("\";");
                case 1 -> out.append("function ").append(fake.alnum(2)).append("(e){return e.token||e.apiKey||\"\"}");
                case 2 -> out.append("e.headers.Authorization=\"Bearer \"+t;");
                case 3 -> out.append("var ").append(fake.alnum(2)).append("=\"").append(uuid()).append("\";");
                case 4 -> out.append("if(t.password&&t.password.length<8)throw new Error(\"weak\");");
                default -> out.append(fake.alnum(3)).append(".").append(word()).append("(").append(random.nextInt(999))
                        .append(");");
            }
        }
        return out.append("}();\n");
    }

    CharSequence csv(int rows) {
        StringBuilder out = new StringBuilder("id,agent,model,tokens,cost_usd,status\n");
        for (int i = 0; i < rows; i++) {
            out.append(uuid()).append(",").append(word()).append(",").append(MODELS[random.nextInt(MODELS.length)])
                    .append(",").append(random.nextInt(200000)).append(",").append(random.nextInt(900)).append(".")
                    .append(random.nextInt(99)).append(",").append(random.nextBoolean() ? "ok" : "retry").append("\n");
        }
        return out;
    }

    /** Inserts {@code count} secrets into random text files, each in a syntax fitting the file. */
    void plant(int count) throws IOException {
        List<FakeSecrets.Format> formats = FakeSecrets.FORMATS;
        for (int i = 0; i < count; i++) {
            FakeSecrets.Format format = formats.get((i * 7) % formats.size());
            Path file = textFiles.get(random.nextInt(textFiles.size()));
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.endsWith(".min.js") || relative.endsWith(".csv") || relative.endsWith("package-lock.json")) {
                i--;
                continue;
            }
            String value = format.make().apply(fake);
            String line;
            if (relative.endsWith(".py")) {
                line = format.name() + " = \"" + value + "\"";
            } else if (relative.endsWith(".ts") || relative.endsWith(".java")) {
                line = "const " + format.name() + " = \"" + value + "\";";
            } else if (relative.endsWith(".go")) {
                line = "var " + format.name() + " = \"" + value + "\"";
            } else if (relative.endsWith(".json")) {
                line = "  \"" + format.name() + "\": \"" + value + "\",";
            } else if (relative.endsWith(".yaml")) {
                line = "  " + format.name() + ": \"" + value + "\"";
            } else {
                line = format.name() + "=" + value;
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            int at = 1 + random.nextInt(Math.max(1, lines.size() - 1));
            lines.add(at, line);
            Files.write(file, lines, StandardCharsets.UTF_8);
            bytes += line.length() + 1;
            planted.add(relative + ":" + (at + 1) + " " + format.rule());
        }
        String key = fake.pem("RSA PRIVATE KEY", "\n");
        write("deploy/keys/id_rsa", key + "\n", true);
        planted.add("deploy/keys/id_rsa:1 private-key");
        write("services/db/.env", "DB_HOST=db\nDATABASE_URL=postgres://agent:" + fake.alnum(20)
                + "@db.internal:5432/agent\n", true);
        planted.add("services/db/.env:2 database-uri-password");
        planted.sort(String::compareTo);
    }
}
