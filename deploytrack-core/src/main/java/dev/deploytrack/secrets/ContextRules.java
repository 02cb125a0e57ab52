package dev.deploytrack.secrets;

import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * Secrets recognised by their structure or surroundings rather than a provider prefix: private keys, JWTs,
 * credentials in URLs, headers and commands, values of secret-named keys, and base64-encoded credentials; plus the
 * notes the scanner itself reports.
 */
final class ContextRules {

    static final SecretRule PRIVATE_KEY = SecretRule.of("private-key", "private key",
            "A PEM private key (RSA, EC, DSA, PKCS#8, encrypted) with a real body, also inside a JSON string with "
                    + "escaped line breaks. Public keys and certificates are not reported.");
    static final SecretRule OPENSSH_PRIVATE_KEY = SecretRule.of("openssh-private-key", "OpenSSH private key",
            "An OpenSSH private key (`-----BEGIN OPENSSH PRIVATE KEY-----`).");
    static final SecretRule PGP_PRIVATE_KEY = SecretRule.of("pgp-private-key", "PGP private key block",
            "An armored PGP private key block.");
    static final SecretRule AGE_SECRET_KEY = SecretRule.of("age-secret-key", "age secret key",
            "An age encryption identity (`AGE-SECRET-KEY-1...`). Its public recipient (`age1...`) is not reported.");
    static final SecretRule GCP_SERVICE_ACCOUNT = SecretRule.of("gcp-service-account", "Google Cloud service "
                    + "account key", "The private key of a Google Cloud service account JSON key file "
            + "(`\"type\": \"service_account\"`).");
    static final SecretRule JWT = SecretRule.of("jwt", "JSON Web Token",
            "A signed JSON Web Token (`eyJ...eyJ...sig`), which usually grants access until it expires. jwt.io's "
                    + "sample token and Supabase `anon` keys (public by design) are not reported.");
    static final SecretRule DATABASE_URI = SecretRule.of("database-uri-password", "password in a database URI",
            "A database or message broker URI with a password (PostgreSQL, MySQL, MongoDB, Redis, AMQP and others: "
                    + "`postgres://user:password@host`). Placeholders, references and default passwords are not "
                    + "reported.");
    static final SecretRule URL_CREDENTIALS = SecretRule.of("url-credentials", "credentials in a URL",
            "A URL carrying a user name and password (`https://user:password@host`).");
    static final SecretRule CURL_CREDENTIALS = SecretRule.of("curl-credentials", "credentials in a curl command",
            "A user and password passed to curl with `-u` / `--user`, as often pasted into CLAUDE.md or a README.");
    static final SecretRule AUTHORIZATION_HEADER = SecretRule.of("authorization-header",
            "credential in an Authorization header", "A bearer token, API token or basic credentials written into an "
                    + "`Authorization` header: in curl commands, HTTP files, MCP server `headers` blocks.");
    static final SecretRule GENERIC_PASSWORD = SecretRule.of("generic-password", "hard-coded password",
            "A literal value assigned to a password-named key (`password`, `DB_PASS`, `spring.datasource.password`, "
                    + "`--password`) in .env, properties, YAML, JSON, TOML, XML or code. Placeholders, references "
                    + "(`${VAR}`, `process.env.X`...), hashes and default passwords are not reported.");
    static final SecretRule GENERIC_SECRET = SecretRule.of("generic-secret", "hard-coded secret",
            "A random-looking literal value assigned to a secret-named key (`api_key`, `client_secret`, `token`, "
                    + "`X-Api-Key`...) that no provider rule claims. It must pass every look-alike filter, be at least "
                    + "16 characters long and reach the entropy threshold (`secrets.entropy`).");
    static final SecretRule DOCKER_AUTH = SecretRule.of("docker-registry-auth", "Docker registry credentials",
            "An `auth` entry of a Docker `config.json` (base64 of `user:password`), decoded and checked. Also "
                    + "`_auth` in `.npmrc`.");

    /** Reported when a file is too large to scan; a note, since nothing was found wrong. */
    static final Rule FILE_SKIPPED = Rule.of("secret-scan-skipped", Severity.NOTE,
            "file was scanned for secrets",
            "A file larger than secrets.max-file-size was not scanned for secrets. Raise the limit or exclude the "
                    + "file in deploytrack.yml.");
    static final Rule BASELINE_INVALID = Rule.of("secret-baseline-invalid", Severity.ERROR,
            "the secrets baseline can be read",
            "The baseline file of accepted secrets is not valid; no finding was accepted from it. Regenerate it with "
                    + "'deploytrack scan --write-baseline' (in Maven: 'mvn deploytrack:scan -Ddeploytrack.writeBaseline').");

    private ContextRules() {
    }

    static List<SecretRule> rules() {
        return List.of(PRIVATE_KEY, OPENSSH_PRIVATE_KEY, PGP_PRIVATE_KEY, AGE_SECRET_KEY, GCP_SERVICE_ACCOUNT, JWT,
                DATABASE_URI, URL_CREDENTIALS, CURL_CREDENTIALS, AUTHORIZATION_HEADER, GENERIC_PASSWORD,
                GENERIC_SECRET, DOCKER_AUTH);
    }
}
