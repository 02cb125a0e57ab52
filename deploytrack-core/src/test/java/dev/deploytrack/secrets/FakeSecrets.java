package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds format-perfect fake secrets at test time from a seeded random source, so that the repository never holds a
 * key-shaped string (push protection would block it) while every test sees realistic values. Checksummed formats
 * (GitHub, npm) get a valid checksum computed here.
 */
public final class FakeSecrets {

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String ALNUM = UPPER + LOWER + DIGITS;
    static final String HEX = "0123456789abcdef";
    static final String URLSAFE = ALNUM + "-_";
    static final String BASE64 = ALNUM + "+/";

    /**
     * One kind of secret: the rule expected to report it, the environment-style name it is usually assigned to (the
     * corpus uses it), and how to make one.
     *
     * @param bare whether the value is recognisable on its own (a provider prefix); otherwise it needs its name
     */
    public record Format(String rule, String name, boolean bare, Function<FakeSecrets, String> make) {
    }

    private final Random random;

    public FakeSecrets(long seed) {
        this.random = new Random(seed);
    }

    public String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    public String alnum(int length) {
        return random(ALNUM, length);
    }

    public String hex(int length) {
        return random(HEX, length);
    }

    public String urlsafe(int length) {
        return random(URLSAFE, length);
    }

    public String digits(int length) {
        return random.nextInt(9) + 1 + random(DIGITS, length - 1);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public String base64Bytes(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getEncoder().encodeToString(data);
    }

    /** A classic GitHub or npm token with a valid checksum: prefix, 30 random characters, 6 checksum characters. */
    public String checksummed(String prefix) {
        String body = alnum(30);
        return prefix + body + Base62Checksum.checksum(body);
    }

    /** The same shape with a checksum that does not match (a made-up example). */
    public String badChecksum(String prefix) {
        String token = checksummed(prefix);
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a');
    }

    /** A password with letters, digits and symbols, as people choose them. */
    public String password() {
        String symbols = "!@#%^&*+=?";
        StringBuilder out = new StringBuilder();
        out.append(random(UPPER, 1)).append(random(LOWER, 4)).append(random(symbols, 1)).append(random(DIGITS, 3))
                .append(random(LOWER + UPPER, 3)).append(random(symbols, 1)).append(random(ALNUM, 3));
        return out.toString();
    }

    /** A PEM body: base64 of random bytes, 64 characters per line, joined by {@code separator}. */
    public String pemBody(int bytes, String separator) {
        String body = base64Bytes(bytes);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i += 64) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(body, i, Math.min(body.length(), i + 64));
        }
        return out.toString();
    }

    public String pem(String label, String separator) {
        return "-----BEGIN " + label + "-----" + separator + pemBody(900, separator) + separator + "-----END " + label
                + "-----";
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public String jwt(String payload) {
        return base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url(payload) + "." + urlsafe(43);
    }

    /** Every format, from provider keys to contextual passwords; the corpus and the rule tests iterate over these. */
    public static final List<Format> FORMATS = List.of(
            new Format("openai-project-key", "OPENAI_API_KEY", true,
                    f -> "sk-proj-" + f.urlsafe(74) + "T3BlbkFJ" + f.urlsafe(74)),
            new Format("openai-service-account-key", "OPENAI_API_KEY", true,
                    f -> "sk-svcacct-" + f.urlsafe(58) + "T3BlbkFJ" + f.urlsafe(58)),
            new Format("openai-admin-key", "OPENAI_ADMIN_KEY", true, f -> "sk-admin-" + f.urlsafe(74) + "T3BlbkFJ"
                    + f.urlsafe(74)),
            new Format("openai-api-key", "OPENAI_API_KEY", true, f -> "sk-" + f.alnum(20) + "T3BlbkFJ" + f.alnum(20)),
            new Format("anthropic-api-key", "ANTHROPIC_API_KEY", true, f -> "sk-ant-api03-" + f.urlsafe(93) + "AA"),
            new Format("anthropic-api-key", "CLAUDE_CODE_OAUTH_TOKEN", true,
                    f -> "sk-ant-oat01-" + f.urlsafe(93) + "AA"),
            new Format("anthropic-admin-key", "ANTHROPIC_ADMIN_KEY", true,
                    f -> "sk-ant-admin01-" + f.urlsafe(93) + "AA"),
            new Format("huggingface-token", "HF_TOKEN", true, f -> "hf_" + f.random(UPPER + LOWER, 34)),
            new Format("groq-api-key", "GROQ_API_KEY", true, f -> "gsk_" + f.alnum(52)),
            new Format("openrouter-api-key", "OPENROUTER_API_KEY", true, f -> "sk-or-v1-" + f.hex(64)),
            new Format("xai-api-key", "XAI_API_KEY", true, f -> "xai-" + f.alnum(80)),
            new Format("deepseek-api-key", "DEEPSEEK_API_KEY", true, f -> "sk-" + f.hex(32)),
            new Format("mistral-api-key", "MISTRAL_API_KEY", false, f -> f.alnum(32)),
            new Format("cohere-api-key", "COHERE_API_KEY", false, f -> f.alnum(40)),
            new Format("perplexity-api-key", "PERPLEXITY_API_KEY", true, f -> "pplx-" + f.alnum(48)),
            new Format("replicate-api-token", "REPLICATE_API_TOKEN", true, f -> "r8_" + f.alnum(37)),
            new Format("tavily-api-key", "TAVILY_API_KEY", true, f -> "tvly-dev-" + f.alnum(32)),
            new Format("firecrawl-api-key", "FIRECRAWL_API_KEY", true, f -> "fc-" + f.hex(32)),
            new Format("langsmith-api-key", "LANGSMITH_API_KEY", true,
                    f -> "lsv2_pt_" + f.hex(32) + "_" + f.hex(10)),
            new Format("pinecone-api-key", "PINECONE_API_KEY", true,
                    f -> "pcsk_" + f.alnum(6) + "_" + f.alnum(64)),
            new Format("elevenlabs-api-key", "ELEVENLABS_API_KEY", true, f -> "sk_" + f.hex(48)),
            new Format("aws-access-key-id", "AWS_ACCESS_KEY_ID", true,
                    f -> "AKIA" + f.random(UPPER + "234567", 16)),
            new Format("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", false, f -> f.random(BASE64, 40)),
            new Format("aws-bedrock-api-key", "AWS_BEARER_TOKEN_BEDROCK", true,
                    f -> "ABSKQmVkcm9ja0FQSUtleS" + f.random(BASE64, 110)),
            new Format("gcp-api-key", "GEMINI_API_KEY", true, f -> "AIza" + f.urlsafe(35)),
            new Format("google-oauth-client-secret", "GOOGLE_CLIENT_SECRET", true,
                    f -> "GOCSPX-" + f.urlsafe(28)),
            new Format("azure-ad-client-secret", "AZURE_CLIENT_SECRET", true,
                    f -> f.alnum(3) + f.random(DIGITS, 1) + "Q~" + f.random(ALNUM + "~._-", 34)),
            new Format("azure-storage-key", "AZURE_STORAGE_CONNECTION_STRING", true,
                    f -> "DefaultEndpointsProtocol=https;AccountName=agentstore;AccountKey=" + f.base64Bytes(64)
                            + ";EndpointSuffix=core.windows.net"),
            new Format("azure-openai-key", "AZURE_OPENAI_API_KEY", false, f -> f.hex(32)),
            new Format("github-pat", "GITHUB_PERSONAL_ACCESS_TOKEN", true, f -> f.checksummed("ghp_")),
            new Format("github-oauth-token", "GH_TOKEN", true, f -> f.checksummed("gho_")),
            new Format("github-user-to-server-token", "GITHUB_TOKEN", true, f -> f.checksummed("ghu_")),
            new Format("github-server-to-server-token", "GITHUB_TOKEN", true, f -> f.checksummed("ghs_")),
            new Format("github-refresh-token", "GITHUB_REFRESH_TOKEN", true, f -> f.checksummed("ghr_")),
            new Format("github-fine-grained-pat", "GITHUB_TOKEN", true,
                    f -> "github_pat_11" + f.alnum(20) + "_" + f.alnum(59)),
            new Format("gitlab-pat", "GITLAB_TOKEN", true, f -> "glpat-" + f.urlsafe(20)),
            new Format("gitlab-token", "CI_RUNNER_TOKEN", true, f -> "glrt-" + f.urlsafe(20)),
            new Format("npm-access-token", "NPM_TOKEN", true, f -> f.checksummed("npm_")),
            new Format("pypi-api-token", "PYPI_TOKEN", true, f -> "pypi-AgEIcHlwaS5vcmc" + f.urlsafe(150)),
            new Format("docker-hub-token", "DOCKERHUB_TOKEN", true, f -> "dckr_pat_" + f.urlsafe(27)),
            new Format("slack-bot-token", "SLACK_BOT_TOKEN", true,
                    f -> "xoxb-" + f.digits(11) + "-" + f.digits(13) + "-" + f.alnum(24)),
            new Format("slack-user-token", "SLACK_USER_TOKEN", true,
                    f -> "xoxp-" + f.digits(11) + "-" + f.digits(11) + "-" + f.digits(13) + "-" + f.hex(32)),
            new Format("slack-app-token", "SLACK_APP_TOKEN", true,
                    f -> "xapp-1-A" + f.random(UPPER + DIGITS, 10) + "-" + f.digits(13) + "-" + f.hex(64)),
            new Format("slack-webhook-url", "SLACK_WEBHOOK_URL", true,
                    f -> "https://hooks.slack.com/services/T" + f.random(UPPER + DIGITS, 8) + "/B"
                            + f.random(UPPER + DIGITS, 10) + "/" + f.alnum(24)),
            new Format("discord-bot-token", "DISCORD_BOT_TOKEN", false,
                    f -> base64Url(f.digits(18)).substring(0, 24) + "." + f.urlsafe(6) + "." + f.urlsafe(38)),
            new Format("discord-webhook-url", "DISCORD_WEBHOOK_URL", true,
                    f -> "https://discord.com/api/webhooks/" + f.digits(19) + "/" + f.urlsafe(68)),
            new Format("telegram-bot-token", "TELEGRAM_BOT_TOKEN", true,
                    f -> f.digits(10) + ":AA" + f.urlsafe(33)),
            new Format("stripe-secret-key", "STRIPE_SECRET_KEY", true, f -> "sk_live_" + f.alnum(99)),
            new Format("stripe-secret-key", "STRIPE_SECRET_KEY", true, f -> "sk_test_51" + f.alnum(97)),
            new Format("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", true, f -> "rk_live_" + f.alnum(99)),
            new Format("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", true, f -> "whsec_" + f.alnum(32)),
            new Format("datadog-api-key", "DD_API_KEY", false, f -> f.hex(32)),
            new Format("datadog-app-key", "DD_APP_KEY", false, f -> f.hex(40)),
            new Format("sentry-auth-token", "SENTRY_AUTH_TOKEN", true, f -> "sntryu_" + f.hex(64)),
            new Format("grafana-cloud-token", "GRAFANA_CLOUD_TOKEN", true,
                    f -> "glc_" + base64("{\"o\":\"" + f.digits(6) + "\",\"n\":\"agent-" + f.hex(6) + "\",\"k\":\""
                            + f.alnum(24) + "\",\"m\":{\"r\":\"prod-us-east-0\"}}")),
            new Format("grafana-service-account-token", "GRAFANA_SERVICE_ACCOUNT_TOKEN", true,
                    f -> "glsa_" + f.alnum(32) + "_" + f.hex(8)),
            new Format("linear-api-key", "LINEAR_API_KEY", true, f -> "lin_api_" + f.alnum(40)),
            new Format("notion-token", "NOTION_API_KEY", true, f -> "ntn_" + f.digits(11) + f.alnum(35)),
            new Format("atlassian-api-token", "JIRA_API_TOKEN", true,
                    f -> "ATATT3xFfGF0" + f.urlsafe(180) + "=" + f.hex(8).toUpperCase()),
            new Format("vault-token", "VAULT_TOKEN", true, f -> "hvs." + f.urlsafe(90)),
            new Format("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", false, f -> f.urlsafe(40)),
            new Format("digitalocean-token", "DIGITALOCEAN_TOKEN", true, f -> "dop_v1_" + f.hex(64)),
            new Format("databricks-token", "DATABRICKS_TOKEN", true, f -> "dapi" + f.hex(32)),
            new Format("sendgrid-api-key", "SENDGRID_API_KEY", true,
                    f -> "SG." + f.urlsafe(22) + "." + f.urlsafe(43)),
            new Format("mailgun-api-key", "MAILGUN_API_KEY", true, f -> "key-" + f.hex(32)),
            new Format("twilio-api-key", "TWILIO_API_KEY", true, f -> "SK" + f.hex(32)),
            new Format("twilio-auth-token", "TWILIO_AUTH_TOKEN", false, f -> f.hex(32)),
            new Format("age-secret-key", "SOPS_AGE_KEY", true,
                    f -> "AGE-SECRET-KEY-1" + f.random("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
            new Format("jwt", "SUPABASE_SERVICE_ROLE_KEY", true,
                    f -> f.jwt("{\"iss\":\"supabase\",\"ref\":\"" + f.random(LOWER, 20)
                            + "\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2000000000}")),
            new Format("jwt", "ACCESS_TOKEN", true,
                    f -> f.jwt("{\"sub\":\"" + f.hex(24) + "\",\"scope\":\"admin\",\"exp\":" + (1800000000
                            + f.nextInt(100000000)) + "}")),
            new Format("generic-password", "DB_PASSWORD", false, FakeSecrets::password),
            new Format("generic-secret", "INTERNAL_API_KEY", false, f -> f.alnum(32)),
            new Format("generic-secret", "SESSION_SECRET", false, f -> f.urlsafe(48)));
}
