package dev.deploytrack.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords in URLs: {@code postgres://app:s3cr3t@db:5432/app}, {@code amqp://user:pass@broker},
 * {@code https://deploy:token@host/repo.git}. Parsed by hand from each {@code ://}: a URL without {@code @} in its
 * authority (almost all of them) costs a few character comparisons.
 */
final class UrlCredentialDetector extends Detector {

    private static final Set<String> DATABASE_SCHEMES = Set.of(
            "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp",
            "amqps", "mssql", "sqlserver", "oracle", "cockroachdb", "clickhouse", "neo4j", "neo4j+s", "bolt",
            "couchdb", "cassandra", "kafka", "nats", "memcached", "mqtt", "mqtts", "stomp", "ldap", "ldaps",
            "elasticsearch", "influxdb", "snowflake", "db2", "sqlite", "timescaledb", "postgis", "jdbc:postgresql",
            "jdbc:mysql");
    private static final int MAX_AUTHORITY = 256;

    @Override
    List<String> keywords() {
        return List.of("://");
    }

    @Override
    List<SecretRule> rules() {
        return List.of(ContextRules.DATABASE_URI, ContextRules.URL_CREDENTIALS);
    }

    @Override
    void detect(TextScan scan, int start, int keywordLength) {
        int n = scan.length();
        int authorityStart = start + 3;
        int at = -1;
        int colon = -1;
        for (int i = authorityStart; i < n && i - authorityStart < MAX_AUTHORITY; i++) {
            char c = scan.charAt(i);
            if (c == '@') {
                at = i; // the last @ before the host wins: passwords sometimes hold an unencoded @
            } else if (c == ':' && colon < 0) {
                colon = i;
            } else if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '`'
                    || c == '<' || c == '>' || c == '\\' || (c == ')' && at < 0)) {
                break;
            }
        }
        if (at < 0 || colon < 0 || colon > at) {
            return;
        }
        int hostEnd = at + 1;
        while (hostEnd < n && (Character.isLetterOrDigit(scan.charAt(hostEnd)) || scan.charAt(hostEnd) == '.'
                || scan.charAt(hostEnd) == '-' || scan.charAt(hostEnd) == '_')) {
            hostEnd++;
        }
        if (hostEnd == at + 1) {
            return;
        }
        String user = scan.substring(authorityStart, colon);
        String password = scan.substring(colon + 1, at);
        if (!isSecret(scan, user, password)) {
            return;
        }
        String scheme = scheme(scan, start);
        SecretRule rule = DATABASE_SCHEMES.contains(scheme) ? ContextRules.DATABASE_URI : ContextRules.URL_CREDENTIALS;
        scan.add(new Candidate(rule, colon + 1, at, password, 0, Candidate.LOCATED, null));
    }

    private static boolean isSecret(TextScan scan, String user, String password) {
        if (password.length() < 6 || password.equals(user) || scan.allowed(password)) {
            return false;
        }
        if ((password.startsWith("{") && password.endsWith("}")) || (password.startsWith("[")
                && password.endsWith("]")) || (password.startsWith("<") && password.endsWith(">"))) {
            return false;
        }
        if (LookAlikes.contextual(password) != null || LookAlikes.containsSecretWord(password)
                || LookAlikes.isWords(password) || password.contains("${") || password.contains("$(")) {
            return false;
        }
        return Entropy.shannon(password) >= 2.5;
    }

    private static String scheme(TextScan scan, int start) {
        int i = start;
        while (i > 0 && start - i < 24) {
            char c = scan.charAt(i - 1);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-') {
                i--;
            } else {
                break;
            }
        }
        String scheme = scan.substring(i, start).toLowerCase(Locale.ROOT);
        if (i >= 5 && scan.substring(i - 5, i).equalsIgnoreCase("jdbc:")) {
            scheme = "jdbc:" + scheme;
        }
        return scheme;
    }
}
