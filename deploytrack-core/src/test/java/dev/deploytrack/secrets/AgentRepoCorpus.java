package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A labelled evaluation corpus, generated at test time: the files of agent repositories (.env, .mcp.json, CLAUDE.md
 * with curl snippets, CI workflows, docker and Kubernetes configuration, properties, TOML, code) with fake secrets of
 * every {@link FakeSecrets#FORMATS format} in varied syntaxes, and look-alikes that must not be reported
 * (placeholders, references, documented examples, UUIDs, SHAs, hashes and lockfile integrity values, public keys
 * and certificates, publishable keys, model ids). Each secret is labelled with its path and line.
 */
public final class AgentRepoCorpus {

    /** A planted secret. */
    public record Label(String path, int line, String rule) {
    }

    /** One generated file and the secrets planted in it. */
    public record CorpusFile(String path, String content, List<Label> secrets, int lookAlikes) {
    }

    private final FakeSecrets fake;
    private final Map<String, FileBuilder> files = new LinkedHashMap<>();
    private int fileCounter;

    private AgentRepoCorpus(long seed) {
        this.fake = new FakeSecrets(seed);
    }

    /** The corpus for {@code seed}: every format in {@code rounds} random carriers, and every look-alike. */
    public static List<CorpusFile> generate(long seed, int rounds) {
        AgentRepoCorpus corpus = new AgentRepoCorpus(seed);
        for (int round = 0; round < rounds; round++) {
            for (FakeSecrets.Format format : FakeSecrets.FORMATS) {
                corpus.plant(format, round);
            }
            corpus.structural(round);
        }
        corpus.lookAlikes();
        List<CorpusFile> result = new ArrayList<>();
        for (FileBuilder file : corpus.files.values()) {
            result.add(file.build());
        }
        return result;
    }

    /** Lines of one file, with labels at the line numbers they end up on. */
    private static final class FileBuilder {
        final String path;
        final String lineEnd;
        final List<String> lines = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        int lookAlikes;

        FileBuilder(String path, String lineEnd) {
            this.path = path;
            this.lineEnd = lineEnd;
        }

        FileBuilder line(String text) {
            for (String part : text.split("\n", -1)) {
                lines.add(part);
            }
            return this;
        }

        /** Adds {@code text}; the secret is on its line {@code offset} (0-based within text). */
        FileBuilder secret(String text, int offset, String rule) {
            labels.add(new Label(path, lines.size() + 1 + offset, rule));
            return line(text);
        }

        FileBuilder lookAlike(String text) {
            lookAlikes++;
            return line(text);
        }

        CorpusFile build() {
            return new CorpusFile(path, String.join(lineEnd, lines) + lineEnd, List.copyOf(labels), lookAlikes);
        }
    }

    private FileBuilder file(String path) {
        return files.computeIfAbsent(path, p -> new FileBuilder(p, "\n"));
    }

    private FileBuilder newFile(String directory, String name, String lineEnd) {
        String path = directory + "/" + (fileCounter++) + "-" + name;
        FileBuilder builder = new FileBuilder(path, lineEnd);
        files.put(path, builder);
        return builder;
    }

    private static String lowerName(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String camelName(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private void plant(FakeSecrets.Format format, int round) {
        String value = format.make().apply(fake);
        String name = format.name();
        String rule = format.rule();
        int carrier = fake.nextInt(format.bare() ? 26 : 22);
        switch (carrier) {
            case 0 -> newFile("services/" + round, ".env", "\n").line("# local settings").line("DEBUG=false")
                    .secret(name + "=" + value, 0, rule).line("LOG_LEVEL=info");
            case 1 -> newFile("scripts", "setup.sh", "\n").line("#!/usr/bin/env bash").line("set -euo pipefail")
                    .secret("export " + name + "=\"" + value + "\"", 0, rule).line("npx @agent/cli start");
            case 2 -> newFile("mcp", ".mcp.json", "\n").line("{").line("  \"mcpServers\": {")
                    .line("    \"tools\": {").line("      \"command\": \"npx\",")
                    .line("      \"args\": [\"-y\", \"@modelcontextprotocol/server-everything\"],")
                    .line("      \"env\": {").secret("        \"" + name + "\": \"" + value + "\"", 0, rule)
                    .line("      }").line("    }").line("  }").line("}");
            case 3 -> newFile("config", "agent.yaml", "\n").line("agent:").line("  name: reviewer")
                    .line("  model: claude-sonnet-4-5").secret("  " + lowerName(name) + ": " + value, 0, rule)
                    .line("  temperature: 0.2");
            case 4 -> newFile("config", "settings.toml", "\n").line("[service]").line("region = \"us-east-1\"")
                    .secret(lowerName(name) + " = \"" + value + "\"", 0, rule).line("retries = 3");
            case 5 -> newFile("src/main/resources", "application.properties", "\r\n")
                    .line("server.port=8080").secret("agent." + lowerName(name).replace('_', '.') + "=" + value, 0,
                            rule).line("spring.application.name=agent");
            case 6 -> newFile("agent", "settings.py", "\n").line("import os").line("")
                    .secret(name + " = \"" + value + "\"", 0, rule).line("TIMEOUT = 30");
            case 7 -> newFile("web/src", "client.ts", "\n").line("import { Agent } from './agent';")
                    .secret("const " + camelName(name) + " = '" + value + "';", 0, rule)
                    .line("export const agent = new Agent();");
            case 8 -> newFile(".github/workflows", "deploy.yml", "\n").line("name: deploy").line("on: [push]")
                    .line("jobs:").line("  deploy:").line("    runs-on: ubuntu-latest").line("    env:")
                    .secret("      " + name + ": " + value, 0, rule).line("    steps:")
                    .line("      - uses: actions/checkout@v4");
            case 9 -> newFile("deploy", "docker-compose.yml", "\n").line("services:").line("  agent:")
                    .line("    image: ghcr.io/acme/agent:1.4").line("    environment:")
                    .secret("      - " + name + "=" + value, 0, rule).line("    restart: unless-stopped");
            case 10 -> newFile("k8s", "deployment.yaml", "\n").line("    spec:").line("      containers:")
                    .line("        - name: agent").line("          env:").line("            - name: " + name)
                    .secret("              value: \"" + value + "\"", 0, rule);
            case 11 -> newFile(".vscode", "mcp.json", "\n").line("{").line("  \"servers\": {")
                    .line("    \"api\": {").secret("      \"args\": [\"--config\", \"{\\\"" + name + "\\\": \\\""
                            + value + "\\\"}\"]", 0, rule).line("    }").line("  }").line("}");
            case 12 -> newFile("config", "providers.yaml", "\n").line("providers:").line("  primary:")
                    .line("    base_url: https://api.example.com/v1").secret("    api_key: " + value, 0, rule)
                    .line("    timeout: 30");
            case 13 -> newFile("docker", "Dockerfile", "\n").line("FROM node:22-alpine").line("WORKDIR /app")
                    .secret("ENV " + name + "=" + value, 0, rule).line("CMD [\"node\", \"server.js\"]");
            case 14 -> newFile("config", "agent.ini", "\r\n").line("[agent]").line("name = reviewer")
                    .secret(lowerName(name) + " = " + value, 0, rule).line("");
            case 15 -> newFile("web", "config.php", "\n").line("<?php").line("return [")
                    .secret("    '" + name + "' => '" + value + "',", 0, rule).line("];");
            case 16 -> newFile("app", "config.rb", "\n").line("# frozen_string_literal: true")
                    .secret("ENV[\"" + name + "\"] ||= \"" + value + "\"", 0, rule);
            case 17 -> newFile("cmd/agent", "main.go", "\n").line("package main").line("")
                    .line("var cfg = Config{").secret("\t" + camelName(name).substring(0, 1).toUpperCase(Locale.ROOT)
                            + camelName(name).substring(1) + ": \"" + value + "\",", 0, rule).line("}");
            case 18 -> newFile("agent", "client.py", "\n").line("from acme import Client").line("")
                    .secret("client = Client(" + lowerName(name) + "=\"" + value + "\", timeout=30)", 0, rule);
            case 19 -> newFile("scripts", "smoke.sh", "\n").line("#!/bin/sh")
                    .secret("curl -sf -H \"X-Api-Key: " + value + "\" https://api.example.com/health", 0, rule);
            case 20 -> newFile("mcp", "claude_desktop_config.json", "\n").line("{\"mcpServers\": {\"svc\": {")
                    .line("  \"command\": \"uvx\",").line("  \"args\": [\"mcp-server-svc\"],")
                    .secret("  \"env\": {\"LOG_LEVEL\": \"info\", \"" + name + "\": \"" + value + "\"}", 0, rule)
                    .line("}}}");
            case 21 -> newFile("deploy", "values.yaml", "\n").line("agent:")
                    .secret("  env: {LOG_LEVEL: info, " + name + ": " + value + "}", 0, rule);
            case 22 -> newFile("docs", "CLAUDE.md", "\n").line("# Working on this repository").line("")
                    .line("Call the API directly when debugging:").line("").line("```bash")
                    .secret("curl -s https://api.example.com/v1/run -H \"Authorization: Bearer " + value + "\"", 0,
                            rule).line("```");
            case 23 -> newFile("docs", "AGENTS.md", "\n").line("## Setup").line("")
                    .secret("Use the staging key `" + value + "` when running the evals locally.", 0, rule);
            case 24 -> newFile("infra", "terraform.tfvars", "\n").line("region = \"eu-west-1\"")
                    .secret(lowerName(name) + " = \"" + value + "\"", 0, rule);
            default -> newFile("notes", "handover.txt", "\r\n").line("Hand-over notes").line("")
                    .secret("prod: " + value, 0, rule).line("rotate before March");
        }
    }

    /** Secrets recognised by structure: private keys, URIs, commands, headers, encoded credentials. */
    private void structural(int round) {
        newFile("keys", "id_rsa", "\n").secret(fake.pem("RSA PRIVATE KEY", "\n"), 0, "private-key");
        newFile("keys", "deploy_key", "\n").secret(fake.pem("OPENSSH PRIVATE KEY", "\n"), 0, "openssh-private-key");
        newFile("keys", "signing.asc", "\n").secret("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
                + fake.pemBody(1200, "\n") + "\n=" + fake.alnum(4) + "\n-----END PGP PRIVATE KEY BLOCK-----", 0,
                "pgp-private-key");
        newFile("gcp", "service-account.json", "\n").line("{").line("  \"type\": \"service_account\",")
                .line("  \"project_id\": \"agent-prod-" + fake.digits(6) + "\",")
                .line("  \"private_key_id\": \"" + fake.hex(40) + "\",")
                .secret("  \"private_key\": \"" + fake.pem("PRIVATE KEY", "\\n") + "\\n\",", 0,
                        "gcp-service-account")
                .line("  \"client_email\": \"agent@agent-prod.iam.gserviceaccount.com\",")
                .line("  \"client_id\": \"" + fake.digits(21) + "\"").line("}");
        newFile("config", "tls.yaml", "\n").line("tls:").line("  key: |")
                .secret("    " + fake.pem("EC PRIVATE KEY", "\n    "), 0, "private-key");
        String pw = fake.password().replace("@", "").replace("#", "").replace("?", "");
        newFile("services", "db.env", "\n")
                .secret("DATABASE_URL=postgresql://agent:" + pw + "@db.internal:5432/agent", 0,
                        "database-uri-password")
                .secret("MONGO_URI=mongodb+srv://svc:" + fake.alnum(20) + "@cluster0.x1y2z.mongodb.net/app", 0,
                        "database-uri-password")
                .secret("REDIS_URL=rediss://:" + fake.alnum(24) + "@cache.internal:6380/0", 0,
                        "database-uri-password")
                .secret("AMQP_URL=amqp://worker:" + fake.alnum(16) + "@mq.internal:5672/agents", 0,
                        "database-uri-password");
        newFile("config", "mysql.yaml", "\n").line("datasource:")
                .secret("  url: \"mysql://root:" + fake.alnum(18) + "@10.0.0.12:3306/agents\"", 0,
                        "database-uri-password");
        newFile("docs", "CLAUDE.md", "\n").line("## Debugging the registry").line("").line("```bash")
                .secret("curl -u admin:" + pw + " https://registry.internal/api/v2/_catalog", 0, "curl-credentials")
                .secret("git clone https://deploy:" + fake.alnum(20) + "@git.internal.example/agents.git", 0,
                        "url-credentials")
                .line("```");
        newFile("mcp", ".mcp.json", "\n").line("{").line("  \"mcpServers\": {").line("    \"remote\": {")
                .line("      \"type\": \"http\",").line("      \"url\": \"https://mcp.example.com/mcp\",")
                .line("      \"headers\": {")
                .secret("        \"Authorization\": \"Bearer " + fake.urlsafe(40) + "\"", 0, "authorization-header")
                .line("      }").line("    }").line("  }").line("}");
        newFile("http", "requests.http", "\n").line("GET https://api.internal/v1/agents")
                .secret("Authorization: Basic " + FakeSecrets.base64("svc-agent:" + pw), 0, "authorization-header");
        newFile("docker", "config.json", "\n").line("{").line("  \"auths\": {")
                .line("    \"registry.example.com\": {")
                .secret("      \"auth\": \"" + FakeSecrets.base64("ci-bot:" + fake.alnum(24)) + "\"", 0,
                        "docker-registry-auth")
                .line("    }").line("  }").line("}");
        newFile("k8s", "secret.yaml", "\n").line("apiVersion: v1").line("kind: Secret").line("metadata:")
                .line("  name: agent-credentials").line("type: Opaque").line("data:")
                .line("  username: " + FakeSecrets.base64("agent"))
                .secret("  password: " + FakeSecrets.base64(fake.password()), 0, "generic-password")
                .secret("  OPENAI_API_KEY: " + FakeSecrets.base64("sk-proj-" + fake.urlsafe(156)), 0,
                        "openai-project-key");
        newFile("npm", ".npmrc", "\n").line("registry=https://registry.npmjs.org/")
                .secret("//registry.npmjs.org/:_authToken=" + fake.checksummed("npm_"), 0, "npm-access-token");
        newFile("settings", "appsettings.json", "\r\n").line("{").line("  \"Database\": {")
                .secret("    \"Password\": \"" + fake.password() + "\",", 0, "generic-password").line("  }").line("}");
        newFile("config", "app.xml", "\n").line("<config>")
                .secret("  <password>" + fake.password() + "</password>", 0, "generic-password").line("</config>");
        newFile("src/Agent", "Program.cs", "\n").line("var builder = WebApplication.CreateBuilder(args);")
                .secret("var conn = \"Server=db.internal;Database=agents;User Id=agent;Password=" + pw + ";\";", 0,
                        "generic-password");
        newFile("home", ".netrc", "\n").secret("machine api.example.com login agent password " + fake.alnum(20), 0,
                "generic-password");
        newFile("docs", "RELEASING.md", "\n").line("```sh").secret("echo ok && docker login -u ci-bot -p "
                + fake.alnum(24) + " registry.example.com", 0, "curl-credentials").line("```");
        newFile("src/main/java/app", "Db.java", "\n").line("class Db {")
                .secret("  static final String URL = \"jdbc:postgresql://db:5432/app?user=app&password=" + fake.alnum(16)
                        + "&ssl=true\";", 0, "generic-password").line("}");
        newFile("config", "wallet.env", "\n").secret("PRIVATE_KEY=0x" + fake.hex(64), 0, "generic-secret");
        newFile("scripts", "run-eval.sh", "\n").line("#!/bin/sh")
                .secret("python eval.py --api-key " + fake.alnum(40) + " --suite smoke", 0, "generic-secret");
    }

    /** Values that look like secrets and are not: every category the scanner must leave alone. */
    private void lookAlikes() {
        String awsExampleId = "AKIA" + "IOSFODNN7" + "EXAMPLE";
        String awsExampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY";
        String jwtIo = FakeSecrets.base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                + FakeSecrets.base64Url("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}") + "."
                + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        String anon = fake.jwt("{\"iss\":\"supabase\",\"ref\":\"abcdefghijklmnopqrst\",\"role\":\"anon\","
                + "\"iat\":1700000000,\"exp\":2000000000}");
        String uuid = fake.hex(8) + "-" + fake.hex(4) + "-4" + fake.hex(3) + "-a" + fake.hex(3) + "-" + fake.hex(12);
        String sha = fake.hex(40);

        FileBuilder example = file(".env.example");
        for (String line : List.of("OPENAI_API_KEY=your_api_key_here", "ANTHROPIC_API_KEY=sk-ant-...",
                "GITHUB_TOKEN=<token>", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                "DB_PASSWORD=changeme", "SESSION_SECRET=replace-me", "API_KEY=", "REDIS_PASSWORD=\"\"",
                "SLACK_BOT_TOKEN=xoxb-your-token", "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX",
                "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "PINECONE_API_KEY=YOUR_PINECONE_KEY",
                "MISTRAL_API_KEY=********************************", "SECRET_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "TOKEN=0000000000000000000000000000000000000000", "JWT_SECRET=TODO",
                "GROQ_API_KEY=gsk_...", "OPENAI_API_KEY=sk-proj-1234567890abcdefghijklmnopqrstuvwxyz",
                "PASSWORD=password", "ADMIN_PASSWORD=admin123", "API_TOKEN=<paste your token here>",
                "CLIENT_SECRET=[client secret]", "LINEAR_API_KEY=lin_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "GITHUB_PERSONAL_ACCESS_TOKEN=ghp_" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "XAI_API_KEY=xai-...", "DEEPSEEK_API_KEY=sk-your-deepseek-key")) {
            example.lookAlike(line);
        }
        FileBuilder refs = file("deploy/references.yaml");
        for (String line : List.of("openai_api_key: ${OPENAI_API_KEY}", "password: $DB_PASSWORD",
                "token: ${{ secrets.NPM_TOKEN }}", "api_key: \"{{ .Values.apiKey }}\"",
                "secret: '{{ vault \"secret/data/agent\" \"token\" }}'", "db_password: !Ref DbPassword",
                "anthropic_key: op://engineering/anthropic/credential",
                "stripe_key: arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf",
                "client_secret: \"%CLIENT_SECRET%\"", "auth_token: ${AUTH_TOKEN:-}",
                "webhook_secret: ${WEBHOOK_SECRET:?must be set}",
                "database_url: postgres://agent:${DB_PASSWORD}@db:5432/agent",
                "redis_url: redis://:$(REDIS_PASSWORD)@cache:6379",
                "github_token: ${{ github.token }}", "password: <%= ENV['DB_PASSWORD'] %>")) {
            refs.lookAlike(line);
        }
        FileBuilder code = file("agent/config.py");
        for (String line : List.of("OPENAI_API_KEY = os.environ[\"OPENAI_API_KEY\"]",
                "api_key = os.getenv(\"ANTHROPIC_API_KEY\")", "password = getpass.getpass()",
                "token = settings.SLACK_BOT_TOKEN", "secret = config.get('client_secret')",
                "headers = {\"Authorization\": f\"Bearer {token}\"}", "api_key = self.api_key",
                "client = OpenAI(api_key=api_key)", "db_password = vault.read(\"db/password\")",
                "MAX_TOKENS = 4096", "token_count = len(tokens)", "password_min_length = 12",
                "secret_name = \"agent-credentials\"", "api_key_header = \"X-Api-Key\"",
                "AUTH_URL = \"https://auth.example.com/oauth/token\"", "token_type = \"Bearer\"",
                "password_hash = \"$2b$12$" + fake.random(FakeSecrets.ALNUM + "./", 53) + "\"",
                "TOKENIZER = \"cl100k_base\"", "secret_file = \"/run/secrets/api_key\"",
                "key = \"" + fake.hex(40) + "\"  # cache key")) {
            code.lookAlike(line);
        }
        FileBuilder ts = file("web/src/env.ts");
        for (String line : List.of("const apiKey = process.env.OPENAI_API_KEY;",
                "const token = import.meta.env.VITE_API_TOKEN;", "export const password = '';",
                "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);",
                "const publishableKey = 'pk_live_" + fake.alnum(99) + "';",
                "const stripePk = \"pk_test_" + fake.alnum(99) + "\";",
                "const posthogKey = 'phc_" + fake.alnum(43) + "';",
                "const mapboxToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJjbG" + fake.alnum(20) + "'.concat('');",
                "const supabaseAnonKey = '" + anon + "';", "const passwordLabel = 'Enter your password';",
                "const tokenKey = 'auth_token';")) {
            ts.lookAlike(line);
        }
        FileBuilder nextEnv = file("web/.env.production");
        nextEnv.lookAlike("NEXT_PUBLIC_SUPABASE_ANON_KEY=" + anon);
        nextEnv.lookAlike("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_" + fake.alnum(99));
        nextEnv.lookAlike("NEXT_PUBLIC_POSTHOG_KEY=phc_" + fake.alnum(43));
        nextEnv.lookAlike("NEXT_PUBLIC_SENTRY_DSN=https://" + fake.hex(32) + "@o" + fake.digits(6)
                + ".ingest.sentry.io/" + fake.digits(7));
        nextEnv.lookAlike("LANGFUSE_PUBLIC_KEY=pk-lf-" + uuid);

        FileBuilder docs = file("docs/aws.md");
        docs.lookAlike("Configure the CLI with the documented example credentials:");
        docs.lookAlike("aws_access_key_id = " + awsExampleId);
        docs.lookAlike("aws_secret_access_key = " + awsExampleSecret);
        docs.lookAlike("Paste a token such as `" + jwtIo + "` into jwt.io to inspect it.");
        docs.lookAlike("The classic GitHub token format looks like `ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a`.");
        docs.lookAlike("A fake GitHub token for tests: `" + fake.badChecksum("ghp_") + "`.");
        docs.lookAlike("An npm token with a wrong checksum: `" + fake.badChecksum("npm_") + "`.");

        FileBuilder ids = file("config/ids.yaml");
        for (String line : List.of("request_id: " + uuid, "tenant_id: " + uuid, "client_id: " + uuid,
                "subscription_id: \"" + uuid + "\"", "workspace: " + uuid, "api_key_id: " + uuid,
                "trace_id: " + fake.hex(32), "run_id: run_" + fake.alnum(24), "assistant_id: asst_" + fake.alnum(24),
                "thread_id: thread_" + fake.alnum(24), "file_id: file-" + fake.alnum(24),
                "account_sid: AC" + fake.hex(32), "project_id: proj_" + fake.alnum(24),
                "organization: org-" + fake.alnum(24))) {
            ids.lookAlike(line);
        }
        FileBuilder git = file(".github/workflows/ci.yml");
        git.line("name: ci").line("on: [push]").line("jobs:").line("  build:").line("    runs-on: ubuntu-latest")
                .line("    steps:").lookAlike("      - uses: actions/checkout@" + sha)
                .lookAlike("      - uses: actions/setup-node@" + fake.hex(40) + " # v4").line("        with:")
                .lookAlike("          token: ${{ secrets.GITHUB_TOKEN }}").line("          node-version: 22")
                .line("      - run: npm ci").line("        env:")
                .lookAlike("          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}")
                .lookAlike("          GIT_COMMIT: " + sha).lookAlike("          CACHE_KEY: node-" + fake.hex(64));
        FileBuilder lock = file("package-lock.json");
        lock.line("{").line("  \"packages\": {");
        for (int i = 0; i < 8; i++) {
            lock.line("    \"node_modules/pkg-" + i + "\": {")
                    .line("      \"version\": \"1." + i + ".0\",")
                    .line("      \"resolved\": \"https://registry.npmjs.org/pkg-" + i + "/-/pkg-" + i + "-1." + i
                            + ".0.tgz\",")
                    .lookAlike("      \"integrity\": \"sha512-" + fake.base64Bytes(64) + "\"")
                    .line("    },");
        }
        lock.line("  }").line("}");
        FileBuilder hashes = file("deps/hashes.txt");
        for (String line : List.of("checksum = \"" + fake.hex(64) + "\"",
                "github.com/acme/agent v1.2.3 h1:" + fake.base64Bytes(32),
                "image: ghcr.io/acme/agent@sha256:" + fake.hex(64), "md5: " + fake.hex(32),
                "sha1: " + fake.hex(40), "etag: \"" + fake.hex(32) + "\"",
                "password_hash: \"$argon2id$v=19$m=65536,t=3,p=4$" + fake.base64Bytes(16) + "$"
                        + fake.base64Bytes(32) + "\"",
                "admin_password: \"$2y$10$" + fake.random(FakeSecrets.ALNUM + "./", 53) + "\"",
                "token_sha256: " + fake.hex(64), "digest: sha256:" + fake.hex(64),
                "django_password: pbkdf2_sha256$600000$" + fake.alnum(22) + "$" + fake.base64Bytes(32))) {
            hashes.lookAlike(line);
        }
        FileBuilder keys = file("keys/public.md");
        keys.lookAlike("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fake.random(FakeSecrets.BASE64, 43) + " ci@agent");
        keys.lookAlike("ssh_public_key: \"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + fake.random(FakeSecrets.BASE64,
                300) + " deploy@agent\"");
        keys.lookAlike("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
                + fake.pemBody(200, "\n") + "\n-----END PUBLIC KEY-----");
        keys.lookAlike("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + fake.pemBody(600, "\n")
                + "\n-----END CERTIFICATE-----");
        keys.lookAlike("age_recipient: age1" + fake.random("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58));
        keys.lookAlike("public_key: \"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + fake.random(FakeSecrets.BASE64,
                300) + "\"");
        keys.lookAlike("publicKey: " + fake.base64Bytes(32));
        keys.lookAlike("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----");
        keys.lookAlike("-----BEGIN OPENSSH PRIVATE KEY-----\n<your private key here>\n-----END OPENSSH PRIVATE KEY-----");
        FileBuilder k8s = file("k8s/tls-secret.yaml");
        k8s.line("apiVersion: v1").line("kind: Secret").line("type: kubernetes.io/tls").line("data:");
        k8s.lookAlike("  tls.crt: " + FakeSecrets.base64("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE"
                + fake.pemBody(300, "\n") + "\n-----END CERTIFICATE-----\n"));
        k8s.lookAlike("  username: " + FakeSecrets.base64("agent-admin"));
        k8s.lookAlike("  password: " + FakeSecrets.base64("changeme"));
        FileBuilder models = file("config/models.yaml");
        for (String line : List.of("model: claude-sonnet-4-5-20250929", "fallback_model: gpt-4o-2024-08-06",
                "bedrock_model: anthropic.claude-3-5-sonnet-20240620-v1:0",
                "fine_tuned: ft:gpt-4o-mini-2024-07-18:acme::9XyZ12Ab",
                "embedding_model: text-embedding-3-large", "hf_model: meta-llama/Llama-3.1-70B-Instruct",
                "fireworks_model: accounts/fireworks/models/llama-v3p1-70b-instruct",
                "router_model: anthropic/claude-3.5-sonnet", "mistral_model: mistral-large-2411",
                "deepseek_model: deepseek-reasoner", "model_token: claude-3-haiku-20240307")) {
            models.lookAlike(line);
        }
        FileBuilder misc = file("config/misc.yaml");
        for (String line : List.of("max_tokens: 4096", "token_limit: 200000", "secretName: agent-credentials",
                "passwordPolicy: strict", "password: \"\"", "password: null", "api_key: true",
                "password_label: \"Enter your password\"", "auth: oauth2", "token_type: Bearer", "key: value",
                "primary_key: id", "cache_key: \"" + fake.hex(40) + "\"", "auth_provider: github",
                "secret_ref: agent/openai", "password_file: /etc/agent/password", "tokenizer: o200k_base",
                "credentials: inherit", "secret: true", "keyboard: us",
                "image: data:image/png;base64," + fake.base64Bytes(120),
                "nonce: " + fake.hex(32), "signature_algorithm: RS256", "session_ttl: 3600",
                "api_key_env: OPENAI_API_KEY", "token_url: https://oauth2.googleapis.com/token",
                "password_reset_url: https://app.example.com/reset",
                "connection: postgres://agent@db.internal:5432/agent",
                "local_db: postgres://postgres:postgres@localhost:5432/dev",
                "broker: amqp://guest:guest@localhost:5672/", "authorization: Bearer <token>",
                "curl_example: curl -u $USER:$API_TOKEN https://api.example.com")) {
            misc.lookAlike(line);
        }
        FileBuilder claude = file("CLAUDE.md");
        claude.line("# Agent instructions");
        for (String line : List.of("Never commit keys; read them from `$OPENAI_API_KEY`.",
                "Run `curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v1/models`.",
                "Use `export ANTHROPIC_API_KEY=sk-ant-...` before running the evals.",
                "The token looks like `xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX`.",
                "Set `password: <your password>` in `config.yaml`.",
                "See commit " + fake.hex(40) + " for the migration.",
                "The task id is " + uuid + ".")) {
            claude.lookAlike(line);
        }
    }
}
