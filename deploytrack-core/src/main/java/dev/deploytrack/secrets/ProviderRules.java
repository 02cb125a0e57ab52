package dev.deploytrack.secrets;

import static dev.deploytrack.secrets.PatternDetector.builder;

import java.util.ArrayList;
import java.util.List;

/**
 * Provider formats: a fixed prefix and a known shape, with the provider's checksum where there is one. Each rule
 * names its provider so that a finding says what to rotate. Lengths are slightly lenient around the documented ones
 * (providers lengthen keys without notice); the prefix, the character set, the entropy floor and the look-alike
 * filters keep that from costing precision.
 */
final class ProviderRules {

    /** Not preceded by a token character. */
    private static final String B = "(?<![A-Za-z0-9_])";
    private static final String BD = "(?<![A-Za-z0-9_-])";
    /** Not followed by a token character. */
    private static final String E = "(?![A-Za-z0-9_])";
    private static final String ED = "(?![A-Za-z0-9_-])";

    // AI providers
    static final SecretRule OPENAI_PROJECT = SecretRule.of("openai-project-key", "OpenAI project API key",
            "An OpenAI project API key (`sk-proj-...`). Anyone holding it can call the API on the project's bill.");
    static final SecretRule OPENAI_SERVICE = SecretRule.of("openai-service-account-key",
            "OpenAI service account key", "An OpenAI service account key (`sk-svcacct-...`).");
    static final SecretRule OPENAI_ADMIN = SecretRule.of("openai-admin-key", "OpenAI admin key",
            "An OpenAI organization admin key (`sk-admin-...`): it manages users, projects and keys.");
    static final SecretRule OPENAI_LEGACY = SecretRule.of("openai-api-key", "OpenAI API key",
            "A legacy OpenAI user API key (`sk-` and 48 letters and digits), or another `sk-` key of that shape.");
    static final SecretRule ANTHROPIC = SecretRule.of("anthropic-api-key", "Anthropic API key",
            "An Anthropic API key or Claude OAuth token (`sk-ant-api03-...`, `sk-ant-oat01-...`).");
    static final SecretRule ANTHROPIC_ADMIN = SecretRule.of("anthropic-admin-key", "Anthropic admin key",
            "An Anthropic Admin API key (`sk-ant-admin01-...`).");
    static final SecretRule HUGGINGFACE = SecretRule.of("huggingface-token", "Hugging Face token",
            "A Hugging Face user access token (`hf_...`) or organization token (`api_org_...`).");
    static final SecretRule GROQ = SecretRule.of("groq-api-key", "Groq API key", "A Groq API key (`gsk_...`).");
    static final SecretRule OPENROUTER = SecretRule.of("openrouter-api-key", "OpenRouter API key",
            "An OpenRouter API key (`sk-or-v1-...`).");
    static final SecretRule XAI = SecretRule.of("xai-api-key", "xAI API key", "An xAI (Grok) API key (`xai-...`).");
    static final SecretRule DEEPSEEK = SecretRule.of("deepseek-api-key", "DeepSeek API key",
            "A DeepSeek API key (`sk-` and 32 hexadecimal digits).");
    static final SecretRule MISTRAL = SecretRule.of("mistral-api-key", "Mistral API key",
            "A Mistral AI API key: 32 letters and digits assigned to a Mistral-named key (the format has no prefix).");
    static final SecretRule COHERE = SecretRule.of("cohere-api-key", "Cohere API key",
            "A Cohere API key: 40 letters and digits assigned to a Cohere-named key such as `CO_API_KEY`.");
    static final SecretRule PERPLEXITY = SecretRule.of("perplexity-api-key", "Perplexity API key",
            "A Perplexity API key (`pplx-...`).");
    static final SecretRule REPLICATE = SecretRule.of("replicate-api-token", "Replicate API token",
            "A Replicate API token (`r8_...`).");
    static final SecretRule TAVILY = SecretRule.of("tavily-api-key", "Tavily API key",
            "A Tavily search API key (`tvly-...`).");
    static final SecretRule FIRECRAWL = SecretRule.of("firecrawl-api-key", "Firecrawl API key",
            "A Firecrawl API key (`fc-` and 32 characters).");
    static final SecretRule LANGSMITH = SecretRule.of("langsmith-api-key", "LangSmith API key",
            "A LangSmith personal or service key (`lsv2_pt_...`, `lsv2_sk_...`, legacy `ls__...`).");
    static final SecretRule PINECONE = SecretRule.of("pinecone-api-key", "Pinecone API key",
            "A Pinecone API key (`pcsk_...`), or a legacy UUID key assigned to a Pinecone-named key.");
    static final SecretRule ELEVENLABS = SecretRule.of("elevenlabs-api-key", "ElevenLabs API key",
            "An ElevenLabs API key (`sk_` and 48 hexadecimal digits, or 32 assigned to an ElevenLabs-named key).");
    static final SecretRule OTHER_AI = SecretRule.of("ai-platform-api-key", "AI platform API key",
            "A key of another AI platform common in agent stacks: NVIDIA (`nvapi-`), Cerebras (`csk-`), Fireworks "
                    + "(`fw_`), Langfuse secret keys (`sk-lf-`), Jina (`jina_`), E2B (`e2b_`), Browserbase "
                    + "(`bb_live_`).");

    // Clouds
    static final SecretRule AWS_ACCESS_KEY = SecretRule.of("aws-access-key-id", "AWS access key ID",
            "An AWS access key ID (`AKIA...`, `ASIA...`). Its secret key is usually next to it. AWS's documented "
                    + "example (`...EXAMPLE`) is not reported.");
    static final SecretRule AWS_SECRET_KEY = SecretRule.of("aws-secret-access-key", "AWS secret access key",
            "An AWS secret access key: 40 base64 characters assigned to an AWS-named secret key such as "
                    + "`aws_secret_access_key`.");
    static final SecretRule AWS_BEDROCK = SecretRule.of("aws-bedrock-api-key", "Amazon Bedrock API key",
            "An Amazon Bedrock API key: long-term (`ABSK...`) or short-term (`bedrock-api-key-...`).");
    static final SecretRule GCP_API_KEY = SecretRule.of("gcp-api-key", "Google Cloud API key",
            "A Google Cloud or Gemini API key (`AIza` and 35 characters).");
    static final SecretRule GOOGLE_OAUTH_SECRET = SecretRule.of("google-oauth-client-secret",
            "Google OAuth client secret", "A Google OAuth client secret (`GOCSPX-...`).");
    static final SecretRule GOOGLE_OAUTH_TOKEN = SecretRule.of("google-oauth-token", "Google OAuth token",
            "A Google OAuth access token (`ya29.`) or refresh token (`1//0...`).");
    static final SecretRule AZURE_AD_SECRET = SecretRule.of("azure-ad-client-secret",
            "Azure AD (Entra ID) client secret", "An Azure AD / Entra ID application client secret "
                    + "(`xxx8Q~...`), or a value assigned to an Azure client-secret key.");
    static final SecretRule AZURE_STORAGE = SecretRule.of("azure-storage-key", "Azure storage account key",
            "An Azure storage account key or Service Bus / Event Hubs shared access key in a connection string "
                    + "(`AccountKey=...`, `SharedAccessKey=...`) or assigned to an Azure storage key.");
    static final SecretRule AZURE_SAS = SecretRule.of("azure-sas-token", "Azure shared access signature",
            "The signature of an Azure SAS URL (`sig=...`), which grants access without any other credential.");
    static final SecretRule AZURE_OPENAI = SecretRule.of("azure-openai-key", "Azure OpenAI key",
            "An Azure OpenAI / Azure AI services key: the 84-character format, or 32 hexadecimal digits assigned to "
                    + "an Azure OpenAI key.");

    // Code hosts and registries
    static final SecretRule GITHUB_PAT = SecretRule.of("github-pat", "GitHub personal access token",
            "A classic GitHub personal access token (`ghp_`) with a valid CRC32 checksum.");
    static final SecretRule GITHUB_FINE_GRAINED = SecretRule.of("github-fine-grained-pat",
            "GitHub fine-grained personal access token", "A fine-grained GitHub personal access token "
                    + "(`github_pat_...`).");
    static final SecretRule GITHUB_OAUTH = SecretRule.of("github-oauth-token", "GitHub OAuth token",
            "A GitHub OAuth access token (`gho_`) with a valid checksum.");
    static final SecretRule GITHUB_USER_TO_SERVER = SecretRule.of("github-user-to-server-token",
            "GitHub App user-to-server token", "A GitHub App user-to-server token (`ghu_`) with a valid checksum.");
    static final SecretRule GITHUB_SERVER_TO_SERVER = SecretRule.of("github-server-to-server-token",
            "GitHub App installation token", "A GitHub App installation (server-to-server) token (`ghs_`).");
    static final SecretRule GITHUB_REFRESH = SecretRule.of("github-refresh-token", "GitHub refresh token",
            "A GitHub App refresh token (`ghr_`).");
    static final SecretRule GITLAB_PAT = SecretRule.of("gitlab-pat", "GitLab personal access token",
            "A GitLab personal, project or group access token (`glpat-...`).");
    static final SecretRule GITLAB_TOKEN = SecretRule.of("gitlab-token", "GitLab token",
            "Another GitLab token: deploy (`gldt-`), runner (`glrt-`, `GR1348941`), CI job (`glcbt-`), pipeline "
                    + "trigger (`glptt-`), feed, incoming mail, agent, OAuth application or SCIM token.");
    static final SecretRule NPM = SecretRule.of("npm-access-token", "npm access token",
            "An npm access token (`npm_` with a valid CRC32 checksum), or a legacy UUID token assigned to "
                    + "`_authToken` in `.npmrc`.");
    static final SecretRule PYPI = SecretRule.of("pypi-api-token", "PyPI API token",
            "A PyPI or TestPyPI upload token (`pypi-AgE...`).");
    static final SecretRule DOCKER_HUB = SecretRule.of("docker-hub-token", "Docker Hub access token",
            "A Docker Hub personal or organization access token (`dckr_pat_`, `dckr_oat_`).");

    // Chat and payments
    static final SecretRule SLACK_BOT = SecretRule.of("slack-bot-token", "Slack bot token",
            "A Slack bot token (`xoxb-...`).");
    static final SecretRule SLACK_USER = SecretRule.of("slack-user-token", "Slack user token",
            "A Slack user token (`xoxp-...`).");
    static final SecretRule SLACK_APP = SecretRule.of("slack-app-token", "Slack app-level token",
            "A Slack app-level token (`xapp-...`).");
    static final SecretRule SLACK_OTHER = SecretRule.of("slack-token", "Slack token",
            "Another Slack token: configuration (`xoxe.xoxp-`), refresh (`xoxe-`) or legacy (`xoxa-`, `xoxr-`, "
                    + "`xoxs-`).");
    static final SecretRule SLACK_WEBHOOK = SecretRule.of("slack-webhook-url", "Slack webhook URL",
            "A Slack incoming webhook or workflow URL (`https://hooks.slack.com/services/...`): anyone can post "
                    + "with it.");
    static final SecretRule DISCORD_BOT = SecretRule.of("discord-bot-token", "Discord bot token",
            "A Discord bot token (three dot-separated parts, the first the base64 of the bot's id).");
    static final SecretRule DISCORD_WEBHOOK = SecretRule.of("discord-webhook-url", "Discord webhook URL",
            "A Discord webhook URL (`https://discord.com/api/webhooks/ID/TOKEN`).");
    static final SecretRule TELEGRAM = SecretRule.of("telegram-bot-token", "Telegram bot token",
            "A Telegram bot token (`123456789:AA...`).");
    static final SecretRule STRIPE_SECRET = SecretRule.of("stripe-secret-key", "Stripe secret key",
            "A Stripe secret key, live or test mode (`sk_live_...`, `sk_test_...`). Publishable keys (`pk_`) are "
                    + "not reported.");
    static final SecretRule STRIPE_RESTRICTED = SecretRule.of("stripe-restricted-key", "Stripe restricted key",
            "A Stripe restricted key (`rk_live_...`, `rk_test_...`).");
    static final SecretRule STRIPE_WEBHOOK = SecretRule.of("stripe-webhook-secret", "Stripe webhook secret",
            "A Stripe webhook signing secret (`whsec_...`).");

    // Observability and SaaS
    static final SecretRule DATADOG_API = SecretRule.of("datadog-api-key", "Datadog API key",
            "A Datadog API key: 32 hexadecimal digits assigned to a Datadog API key (`DD_API_KEY`).");
    static final SecretRule DATADOG_APP = SecretRule.of("datadog-app-key", "Datadog application key",
            "A Datadog application key: 40 hexadecimal digits assigned to a Datadog app key (`DD_APP_KEY`).");
    static final SecretRule SENTRY = SecretRule.of("sentry-auth-token", "Sentry auth token",
            "A Sentry organization (`sntrys_`) or user (`sntryu_`) auth token, or 64 hexadecimal digits assigned to "
                    + "`SENTRY_AUTH_TOKEN`. DSNs are public by design and not reported.");
    static final SecretRule GRAFANA_CLOUD = SecretRule.of("grafana-cloud-token", "Grafana Cloud token",
            "A Grafana Cloud access policy token (`glc_...`).");
    static final SecretRule GRAFANA_SERVICE_ACCOUNT = SecretRule.of("grafana-service-account-token",
            "Grafana service account token", "A Grafana service account token (`glsa_...`).");
    static final SecretRule GRAFANA_API = SecretRule.of("grafana-api-key", "Grafana API key",
            "A legacy Grafana API key (`eyJrIjoi...`).");
    static final SecretRule LINEAR = SecretRule.of("linear-api-key", "Linear API key",
            "A Linear personal API key (`lin_api_...`) or OAuth token (`lin_oauth_...`).");
    static final SecretRule NOTION = SecretRule.of("notion-token", "Notion integration token",
            "A Notion integration token (`ntn_...`, legacy `secret_...`).");
    static final SecretRule ATLASSIAN = SecretRule.of("atlassian-api-token", "Atlassian API token",
            "An Atlassian (Jira, Confluence) API token (`ATATT3...`), or a legacy token assigned to a Jira, "
                    + "Confluence or Atlassian key.");
    static final SecretRule VAULT = SecretRule.of("vault-token", "HashiCorp Vault token",
            "A HashiCorp Vault service, batch or recovery token (`hvs.`, `hvb.`, `hvr.`), or a legacy `s.` token "
                    + "assigned to a Vault key.");
    static final SecretRule CLOUDFLARE = SecretRule.of("cloudflare-api-token", "Cloudflare API token",
            "A Cloudflare API token or global API key assigned to a Cloudflare-named key, or an Origin CA key "
                    + "(`v1.0-...`).");
    static final SecretRule DIGITALOCEAN = SecretRule.of("digitalocean-token", "DigitalOcean token",
            "A DigitalOcean personal access, OAuth or refresh token (`dop_v1_`, `doo_v1_`, `dor_v1_`).");
    static final SecretRule DATABRICKS = SecretRule.of("databricks-token", "Databricks token",
            "A Databricks personal access token (`dapi...`).");
    static final SecretRule SENDGRID = SecretRule.of("sendgrid-api-key", "SendGrid API key",
            "A SendGrid API key (`SG.xxx.yyy`).");
    static final SecretRule MAILGUN = SecretRule.of("mailgun-api-key", "Mailgun API key",
            "A Mailgun private API key (`key-...`), or a key assigned to a Mailgun-named key.");
    static final SecretRule TWILIO_API_KEY = SecretRule.of("twilio-api-key", "Twilio API key",
            "A Twilio API key SID (`SK` and 32 hexadecimal digits); its secret is usually next to it.");
    static final SecretRule TWILIO_AUTH = SecretRule.of("twilio-auth-token", "Twilio auth token",
            "A Twilio auth token: 32 hexadecimal digits assigned to a Twilio-named key.");
    static final SecretRule SAAS_OTHER = SecretRule.of("saas-api-token", "SaaS API token",
            "A token of another service common in agent stacks: Shopify (`shpat_`...), Supabase (`sbp_`, "
                    + "`sb_secret_`), Postman (`PMAK-`), Figma (`figd_`), 1Password service accounts (`ops_eyJ`), "
                    + "Doppler (`dp.pt.`), Netlify (`nfp_`), Heroku (`HRKU-`), Mapbox secret tokens (`sk.eyJ`).");
    static final SecretRule HEROKU = SecretRule.of("heroku-api-key", "Heroku API key",
            "A Heroku API key assigned to a Heroku-named key (a UUID, or the `HRKU-` format).");

    private ProviderRules() {
    }

    static List<Detector> detectors() {
        List<Detector> d = new ArrayList<>();
        // OpenAI
        d.add(builder(OPENAI_PROJECT, BD + "sk-proj-[A-Za-z0-9_-]{40,250}+" + ED, "sk-proj-").build());
        d.add(builder(OPENAI_SERVICE, BD + "sk-svcacct-[A-Za-z0-9_-]{40,250}+" + ED, "sk-svcacct-").build());
        d.add(builder(OPENAI_ADMIN, BD + "sk-admin-[A-Za-z0-9_-]{40,250}+" + ED, "sk-admin-").build());
        d.add(builder(OPENAI_LEGACY, BD + "sk-(?![a-f0-9]{32}" + ED + ")[A-Za-z0-9]{32,64}+" + ED, "sk-")
                .validator(secret -> Entropy.characterClasses(secret.substring(3)) >= 2).build());
        d.add(builder(DEEPSEEK, BD + "sk-[a-f0-9]{32}" + ED, "sk-").build());
        // Anthropic
        d.add(builder(ANTHROPIC_ADMIN, BD + "sk-ant-admin\\d{2}-[A-Za-z0-9_-]{32,200}+" + ED, "sk-ant-admin")
                .build());
        d.add(builder(ANTHROPIC, BD + "sk-ant-(?!admin)(?:[a-z]{2,6}\\d{2}-)?[A-Za-z0-9_-]{32,200}+" + ED,
                "sk-ant-").build());
        d.add(builder(HUGGINGFACE, B + "(?:hf|api_org)_[A-Za-z0-9]{30,40}+" + ED, "hf_", "api_org_").build());
        d.add(builder(GROQ, B + "gsk_[A-Za-z0-9]{40,60}+" + ED, "gsk_").build());
        d.add(builder(OPENROUTER, BD + "sk-or-(?:v\\d-)?[A-Za-z0-9]{40,80}+" + ED, "sk-or-").build());
        d.add(builder(XAI, BD + "xai-[A-Za-z0-9]{60,100}+" + ED, "xai-").build());
        d.add(builder(PERPLEXITY, BD + "pplx-[A-Za-z0-9]{32,64}+" + ED, "pplx-").build());
        d.add(builder(REPLICATE, B + "r8_[A-Za-z0-9]{30,45}+" + ED, "r8_").build());
        d.add(builder(TAVILY, BD + "tvly-(?:dev-|prod-)?[A-Za-z0-9]{24,48}+" + ED, "tvly-").build());
        d.add(builder(FIRECRAWL, BD + "fc-[A-Za-z0-9]{30,40}+" + ED, "fc-")
                .validator(ProviderRules::hasDigit).build());
        d.add(builder(LANGSMITH, B + "(?:lsv2_(?:pt|sk)_[A-Za-z0-9]{20,40}_[A-Za-z0-9]{6,12}+|ls__[a-f0-9]{32})"
                + ED, "lsv2_", "ls__").build());
        d.add(builder(PINECONE, B + "pcsk_[A-Za-z0-9_]{40,100}+" + ED, "pcsk_").build());
        d.add(builder(ELEVENLABS, B + "sk_[a-f0-9]{40,64}+" + ED, "sk_").build());
        d.add(builder(OTHER_AI, BD + "(?:nvapi-[A-Za-z0-9_-]{50,80}+|csk-[A-Za-z0-9]{40,60}+|fw_[A-Za-z0-9]{20,40}+"
                + "|sk-lf-[a-f0-9-]{36}|jina_[A-Za-z0-9_-]{50,80}+|e2b_[a-f0-9]{40}|bb_live_[A-Za-z0-9_-]{20,40}+)"
                + ED, "nvapi-", "csk-", "fw_", "sk-lf-", "jina_", "e2b_", "bb_live_").build());

        // Clouds
        d.add(builder(AWS_ACCESS_KEY, B + "(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}" + E,
                "akia", "asia", "abia", "acca", "a3t").build());
        d.add(builder(AWS_BEDROCK, BD + "(?:ABSK[A-Za-z0-9+/]{40,400}+={0,2}|bedrock-api-key-[A-Za-z0-9+/%_-]{40,"
                + "4000}+={0,2})", "absk", "bedrock-api-key-").build());
        d.add(builder(GCP_API_KEY, B + "AIza[A-Za-z0-9_-]{35}" + ED, "aiza").build());
        d.add(builder(GOOGLE_OAUTH_SECRET, B + "GOCSPX-[A-Za-z0-9_-]{28}" + ED, "gocspx-").build());
        d.add(builder(GOOGLE_OAUTH_TOKEN, B + "(?:ya29\\.[A-Za-z0-9_-]{30,2000}+|1//0[A-Za-z0-9_-]{40,500}+)" + ED,
                "ya29.", "1//0").build());
        d.add(builder(AZURE_AD_SECRET, "(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}+"
                + "(?![A-Za-z0-9_~.-])", "q~").floating().build());
        d.add(builder(AZURE_STORAGE, "(?i:AccountKey|SharedAccessKey)=(?<s>[A-Za-z0-9+/]{40,100}+={0,2})",
                "accountkey=", "sharedaccesskey=").build());
        d.add(builder(AZURE_SAS, "(?<=[?&])sig=(?<s>[A-Za-z0-9%+/]{30,120}+(?:%3D|=){0,2})", "sig=").build());
        d.add(builder(AZURE_OPENAI, B + "[A-Za-z0-9]{40,60}JQQJ9[9DH][A-Za-z0-9]{0,8}(?:ACOG|AZSe|AzSe)"
                + "[A-Za-z0-9]{2,8}" + E, "jqqj9").build());

        // Code hosts and registries
        d.add(builder(GITHUB_PAT, B + "ghp_[A-Za-z0-9]{36}" + E, "ghp_")
                .validator(secret -> Base62Checksum.isValid(secret, 4)).build());
        d.add(builder(GITHUB_OAUTH, B + "gho_[A-Za-z0-9]{36}" + E, "gho_")
                .validator(secret -> Base62Checksum.isValid(secret, 4)).build());
        d.add(builder(GITHUB_USER_TO_SERVER, B + "ghu_[A-Za-z0-9]{36}" + E, "ghu_")
                .validator(secret -> Base62Checksum.isValid(secret, 4)).build());
        d.add(builder(GITHUB_SERVER_TO_SERVER, B + "ghs_[A-Za-z0-9_]{36,255}+" + E, "ghs_")
                .validator(ProviderRules::githubChecksumWhereDefined).build());
        d.add(builder(GITHUB_REFRESH, B + "ghr_[A-Za-z0-9_]{36,255}+" + E, "ghr_")
                .validator(ProviderRules::githubChecksumWhereDefined).build());
        d.add(builder(GITHUB_FINE_GRAINED, B + "github_pat_[A-Za-z0-9]{20,30}_[A-Za-z0-9]{50,70}+" + E,
                "github_pat_").build());
        d.add(builder(GITLAB_PAT, BD + "glpat-[A-Za-z0-9_.-]{20,100}+" + ED, "glpat-").build());
        d.add(builder(GITLAB_TOKEN, BD + "(?:gl(?:dt|rt|cbt|soat|ffct|imt|agent|oas|ptt|ft)-[A-Za-z0-9_.-]{20,100}+"
                + "|GR1348941[A-Za-z0-9_-]{20,40}+)" + ED, "gldt-", "glrt-", "glcbt-", "glsoat-", "glffct-",
                "glimt-", "glagent-", "gloas-", "glptt-", "glft-", "gr1348941").build());
        d.add(builder(NPM, B + "npm_[A-Za-z0-9]{36}" + E, "npm_")
                .validator(secret -> Base62Checksum.isValid(secret, 4)).build());
        d.add(builder(PYPI, B + "pypi-AgE[A-Za-z0-9_-]{60,1000}+" + ED, "pypi-age").build());
        d.add(builder(DOCKER_HUB, B + "dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,40}+" + ED, "dckr_pat_", "dckr_oat_")
                .build());

        // Chat and payments
        d.add(builder(SLACK_BOT, BD + "xoxb-\\d{6,16}-[A-Za-z0-9-]{20,200}+" + ED, "xoxb-").build());
        d.add(builder(SLACK_USER, BD + "xoxp-\\d{6,16}-[A-Za-z0-9-]{20,200}+" + ED, "xoxp-").build());
        d.add(builder(SLACK_APP, BD + "xapp-\\d-[A-Za-z0-9-]{30,200}+" + ED, "xapp-").build());
        d.add(builder(SLACK_OTHER, BD + "(?:xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{60,250}+|xoxe-\\d-[A-Za-z0-9]{60,250}+"
                + "|xox[ars]-\\d{6,16}-[A-Za-z0-9-]{20,200}+)" + ED, "xoxe.", "xoxe-", "xoxa-", "xoxr-", "xoxs-")
                .build());
        d.add(builder(SLACK_WEBHOOK, "https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/"
                + "[A-Za-z0-9+/_-]{30,160}+", "hooks.slack.com/").floating().build());
        d.add(builder(DISCORD_WEBHOOK, "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api/webhooks/\\d{16,20}"
                + "/[A-Za-z0-9_-]{60,70}+", "discord.com/api/webhooks/", "discordapp.com/api/webhooks/").floating().build());
        d.add(builder(DISCORD_BOT, B + "[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}+" + ED,
                "discord").entropy(3.5).floating().build());
        d.add(builder(TELEGRAM, B + "\\d{8,10}:AA[A-Za-z0-9_-]{30,40}+" + ED, ":aa").floating().build());
        d.add(builder(STRIPE_SECRET, B + "sk_(?:live|test)_[A-Za-z0-9]{20,247}+" + E, "sk_live_", "sk_test_")
                .build());
        d.add(builder(STRIPE_RESTRICTED, B + "rk_(?:live|test)_[A-Za-z0-9]{20,247}+" + E, "rk_live_", "rk_test_")
                .build());
        d.add(builder(STRIPE_WEBHOOK, B + "whsec_[A-Za-z0-9+/=]{24,100}+", "whsec_").build());

        // Observability and SaaS
        d.add(builder(SENTRY, B + "(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,600}+|sntryu_[a-f0-9]{64})" + ED, "sntrys_",
                "sntryu_").build());
        d.add(builder(GRAFANA_CLOUD, B + "glc_[A-Za-z0-9+/]{32,400}+={0,2}", "glc_").build());
        d.add(builder(GRAFANA_SERVICE_ACCOUNT, B + "glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}" + E, "glsa_").build());
        d.add(builder(GRAFANA_API, B + "eyJrIjoi[A-Za-z0-9+/]{40,200}+={0,2}", "eyjrijoi").build());
        d.add(builder(LINEAR, B + "(?:lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})" + E, "lin_api_",
                "lin_oauth_").build());
        d.add(builder(NOTION, B + "(?:ntn_[A-Za-z0-9]{40,50}+|secret_[A-Za-z0-9]{43})" + ED, "ntn_", "secret_")
                .validator(secret -> Entropy.characterClasses(secret.substring(4)) >= 2).entropy(3.5).build());
        d.add(builder(ATLASSIAN, B + "ATATT3[A-Za-z0-9_=-]{100,300}+", "atatt3").build());
        d.add(builder(VAULT, B + "hv[sbr]\\.[A-Za-z0-9_-]{24,300}+" + ED, "hvs.", "hvb.", "hvr.").build());
        d.add(builder(CLOUDFLARE, B + "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}" + E, "v1.0-").build());
        d.add(builder(DIGITALOCEAN, B + "do[opr]_v1_[a-f0-9]{64}" + E, "dop_v1_", "doo_v1_", "dor_v1_").build());
        d.add(builder(DATABRICKS, B + "dapi[a-f0-9]{32}(?:-\\d)?" + E, "dapi").build());
        d.add(builder(SENDGRID, B + "SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,50}+" + ED, "sg.").build());
        d.add(builder(MAILGUN, B + "key-[a-f0-9]{32}" + E, "key-").build());
        d.add(builder(TWILIO_API_KEY, B + "SK[a-f0-9]{32}" + E, "sk").build());
        d.add(builder(SAAS_OTHER, B + "(?:shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]"
                + "{20,80}+|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|figd_[A-Za-z0-9_-]{40,80}+|ops_eyJ[A-Za-z0-9+/=_-]{100,"
                + "2000}+|dp\\.(?:st|pt|ct|sa|scim|audit)\\.[A-Za-z0-9_.-]{40,100}+|nfp_[A-Za-z0-9]{36,40}+"
                + "|sk\\.eyJ[A-Za-z0-9_-]{50,400}+\\.[A-Za-z0-9_-]{20,100}+)" + ED, "shpat_", "shpss_", "shpca_",
                "shppa_", "sbp_", "sb_secret_", "pmak-", "figd_", "ops_eyj", "dp.st.", "dp.pt.", "dp.ct.", "dp.sa.",
                "dp.scim.", "dp.audit.", "nfp_", "sk.eyj").build());
        d.add(builder(HEROKU, B + "HRKU-[A-Za-z0-9_-]{60,100}+" + ED, "hrku-").build());
        return d;
    }

    static List<SecretRule> rules() {
        return List.of(OPENAI_PROJECT, OPENAI_SERVICE, OPENAI_ADMIN, OPENAI_LEGACY, ANTHROPIC, ANTHROPIC_ADMIN,
                HUGGINGFACE, GROQ, OPENROUTER, XAI, DEEPSEEK, MISTRAL, COHERE, PERPLEXITY, REPLICATE, TAVILY,
                FIRECRAWL, LANGSMITH, PINECONE, ELEVENLABS, OTHER_AI, AWS_ACCESS_KEY, AWS_SECRET_KEY, AWS_BEDROCK,
                GCP_API_KEY, GOOGLE_OAUTH_SECRET, GOOGLE_OAUTH_TOKEN, AZURE_AD_SECRET, AZURE_STORAGE, AZURE_SAS,
                AZURE_OPENAI, GITHUB_PAT, GITHUB_FINE_GRAINED, GITHUB_OAUTH, GITHUB_USER_TO_SERVER,
                GITHUB_SERVER_TO_SERVER, GITHUB_REFRESH, GITLAB_PAT, GITLAB_TOKEN, NPM, PYPI, DOCKER_HUB, SLACK_BOT,
                SLACK_USER, SLACK_APP, SLACK_OTHER, SLACK_WEBHOOK, DISCORD_BOT, DISCORD_WEBHOOK, TELEGRAM,
                STRIPE_SECRET, STRIPE_RESTRICTED, STRIPE_WEBHOOK, DATADOG_API, DATADOG_APP, SENTRY, GRAFANA_CLOUD,
                GRAFANA_SERVICE_ACCOUNT, GRAFANA_API, LINEAR, NOTION, ATLASSIAN, VAULT, CLOUDFLARE, DIGITALOCEAN,
                DATABRICKS, SENDGRID, MAILGUN, TWILIO_API_KEY, TWILIO_AUTH, SAAS_OTHER, HEROKU);
    }

    private static boolean hasDigit(String secret) {
        for (int i = 0; i < secret.length(); i++) {
            if (Character.isDigit(secret.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** ghs_ and ghr_ tokens of the classic 36-character shape carry the checksum; longer ones do not. */
    private static boolean githubChecksumWhereDefined(String secret) {
        String body = secret.substring(4);
        if (body.length() == 36 && body.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return Base62Checksum.isValid(secret, 4);
        }
        return true;
    }
}
