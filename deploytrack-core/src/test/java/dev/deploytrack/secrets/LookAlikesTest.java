package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each look-alike category, next to a true secret in the same syntax so that a test passing on an empty scanner is
 * impossible: the secret line is reported, the look-alike lines are not.
 */
class LookAlikesTest {

    private final FakeSecrets fake = new FakeSecrets(42);

    private void onlyTheSecretIsReported(String path, List<String> lookAlikes, String secret) {
        StringBuilder text = new StringBuilder();
        for (String line : lookAlikes) {
            text.append(line).append('\n');
        }
        int secretLine = (int) text.chars().filter(c -> c == '\n').count() + 1;
        text.append(secret).append('\n');
        List<SecretMatch> matches = Scans.scan(path, text.toString());
        assertEquals(1, matches.size(), Scans.describe(matches));
        assertEquals(secretLine, matches.get(0).line(), Scans.describe(matches));
    }

    @Test
    void placeholders() {
        onlyTheSecretIsReported(".env", List.of("OPENAI_API_KEY=your_api_key_here", "GITHUB_TOKEN=<token>",
                "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx", "DB_PASSWORD=changeme", "SECRET=aaaaaaaaaaaaaaaaaaaaaaaa",
                "SESSION_SECRET=replace-me-with-a-random-string", "ANTHROPIC_API_KEY=sk-ant-...",
                "STRIPE_SECRET_KEY=sk_live_****************************", "TOKEN=1234567890abcdef1234567890abcdef",
                "PASSWORD=<your password>", "CLIENT_SECRET=[client secret]", "ADMIN_PASSWORD=admin123"),
                "SESSION_SECRET=" + fake.urlsafe(40));
    }

    @Test
    void references() {
        onlyTheSecretIsReported("config.yaml", List.of("api_key: ${OPENAI_API_KEY}", "password: $DB_PASSWORD",
                "token: ${{ secrets.NPM_TOKEN }}", "secret: \"{{ .Values.secret }}\"",
                "key: '{{ vault \"secret/agent\" }}'", "auth_token: op://vault/agent/token",
                "client_secret: arn:aws:secretsmanager:us-east-1:123456789012:secret:x",
                "database_url: postgres://app:${DB_PASSWORD}@db/app", "password: \"%DB_PASSWORD%\"",
                "api_token: process.env.API_TOKEN", "secret_key: os.environ[\"SECRET_KEY\"]"),
                "api_token: " + fake.alnum(32));
        onlyTheSecretIsReported("app.py", List.of("api_key = os.getenv(\"API_KEY\")", "password = self.password",
                "token = settings.TOKEN", "secret = config['secret']"), "api_key = \"" + fake.alnum(32) + "\"");
    }

    @Test
    void documentedExampleKeys() {
        String jwtIo = FakeSecrets.base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                + FakeSecrets.base64Url("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}")
                + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        onlyTheSecretIsReported("docs.md", List.of("aws_access_key_id = AKIA" + "IOSFODNN7" + "EXAMPLE",
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY", "token: " + jwtIo,
                "GITHUB_TOKEN=ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a"),
                "aws_access_key_id = AKIA" + fake.random(FakeSecrets.UPPER + "234567", 16));
    }

    @Test
    void identifiersShasAndHashes() {
        String uuid = fake.hex(8) + "-" + fake.hex(4) + "-4" + fake.hex(3) + "-8" + fake.hex(3) + "-" + fake.hex(12);
        onlyTheSecretIsReported("lock.yaml", List.of("request_id: " + uuid, "api_key_id: " + uuid,
                "commit: " + fake.hex(40), "uses: actions/checkout@" + fake.hex(40),
                "integrity: sha512-" + fake.base64Bytes(64), "checksum = \"" + fake.hex(64) + "\"",
                "image: agent@sha256:" + fake.hex(64), "password_hash: $2b$12$" + fake.random(FakeSecrets.ALNUM
                        + "./", 53), "admin_password: \"$argon2id$v=19$m=65536,t=3,p=4$" + fake.base64Bytes(16)
                        + "$" + fake.base64Bytes(32) + "\"", "token_sha256: " + fake.hex(64),
                "go: h1:" + fake.base64Bytes(32), "api_key: " + uuid),
                "api_secret: " + fake.hex(48));
    }

    @Test
    void publicKeysAndCertificates() {
        onlyTheSecretIsReported("keys.md", List.of(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fake.random(FakeSecrets.BASE64, 43) + " ci@agent",
                "ssh_key: \"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + fake.random(FakeSecrets.BASE64, 200) + "\"",
                "public_key: " + fake.base64Bytes(32),
                "-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + fake.random(
                        FakeSecrets.BASE64, 20), fake.pemBody(200, "\n"), "-----END PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----", fake.pemBody(400, "\n"), "-----END CERTIFICATE-----",
                "recipient: age1" + fake.random("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)),
                fake.pem("PRIVATE KEY", "\n"));
    }

    @Test
    void publishableKeys() {
        String anon = fake.jwt("{\"iss\":\"supabase\",\"role\":\"anon\",\"exp\":2000000000}");
        onlyTheSecretIsReported(".env", List.of("STRIPE_PUBLISHABLE_KEY=pk_live_" + fake.alnum(99),
                "NEXT_PUBLIC_STRIPE_KEY=pk_test_" + fake.alnum(99), "NEXT_PUBLIC_SUPABASE_ANON_KEY=" + anon,
                "POSTHOG_KEY=phc_" + fake.alnum(43), "LANGFUSE_PUBLIC_KEY=pk-lf-" + fake.hex(8) + "-" + fake.hex(4)
                        + "-" + fake.hex(4) + "-" + fake.hex(4) + "-" + fake.hex(12),
                "SENTRY_DSN=https://" + fake.hex(32) + "@o123456.ingest.sentry.io/4500000"),
                "STRIPE_SECRET_KEY=sk_live_" + fake.alnum(99));
    }

    @Test
    void modelIds() {
        onlyTheSecretIsReported("models.yaml", List.of("model: claude-sonnet-4-5-20250929",
                "model_key: gpt-4o-2024-08-06", "bedrock_model_token: anthropic.claude-3-5-sonnet-20240620-v1:0",
                "fine_tune_key: ft:gpt-4o-mini-2024-07-18:acme::9XyZ12Ab",
                "embedding_secret: text-embedding-3-large",
                "hf_token_model: meta-llama/Llama-3.1-70B-Instruct"), "hf_token: hf_" + fake.random(
                FakeSecrets.UPPER + FakeSecrets.LOWER, 34));
    }

    @Test
    void namesThatAreNotSecretsAndValuesThatAreNotLiterals() {
        onlyTheSecretIsReported("config.yaml", List.of("max_tokens: 4096", "secretName: agent-credentials",
                "password_policy: strict", "password: \"\"", "token_type: Bearer", "primary_key: id",
                "cache_key: " + fake.hex(40), "password_file: /etc/agent/password", "auth: oauth2",
                "secret_ref: agent/openai", "api_key_env: OPENAI_API_KEY", "password_label: Enter your password",
                "local_db: postgres://postgres:postgres@localhost:5432/dev", "broker: amqp://guest:guest@localhost/"),
                "password: " + fake.password());
        assertTrue(Scans.scan("app.ts", "const token = getToken(user);\nconst password = input.value;\n")
                .isEmpty());
    }
}
