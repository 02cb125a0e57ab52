package dev.deploytrack.secrets;

import java.util.List;

/**
 * Every keyword a default detector is started by, as plain strings: no detector holds a secret without one of them in
 * its text (case-insensitively). Redaction of printed lines looks them up first, so a command that prints nothing
 * secret-like never builds the scanner (a fresh JVM pays for loading the detectors). SecretKeywordsTest keeps the
 * list equal to the detectors' own.
 */
final class SecretKeywords {

    static final List<String> ALL = List.of(
            "\"auth\"", "\"kind\": \"secret\"", "\"kind\":\"secret\"", "-----begin ", "--user", "-pat", "-u ", "1//0",
            "://", ":aa", "_auth", "_pat", "_pw", "a3t", "abia", "absk", "acca", "accountkey=", "age-secret-key-1",
            "aiza", "akia", "api_org_", "asia", "atatt3", "auth", "authorization", "basic ", "bb_live_", "bearer",
            "bedrock-api-key-", "cred", "csk-", "dapi", "dckr_oat_", "dckr_pat_", "discord",
            "discord.com/api/webhooks/", "discordapp.com/api/webhooks/", "docker login", "doo_v1_", "dop_v1_",
            "dor_v1_", "dp.audit.", "dp.ct.", "dp.pt.", "dp.sa.", "dp.scim.", "dp.st.", "e2b_", "eyj", "eyjrijoi",
            "fc-", "figd_", "fw_", "gho_", "ghp_", "ghr_", "ghs_", "ghu_", "github_pat_", "glagent-", "glc_", "glcbt-",
            "gldt-", "glffct-", "glft-", "glimt-", "gloas-", "glpat-", "glptt-", "glrt-", "glsa_", "glsoat-", "gocspx-",
            "gr1348941", "gsk_", "helm registry login", "hf_", "hmac", "hooks.slack.com/", "hrku-", "hvb.", "hvr.",
            "hvs.", "jina_", "jqqj9", "jwt", "key", "key-", "kind: secret", "lin_api_", "lin_oauth_", "ls__", "lsv2_",
            "machine ", "mariadb", "mnemonic", "mysql", "nerdctl login", "nfp_", "npm_", "ntn_", "nvapi-", "ops_eyj",
            "pass", "pcsk_", "pmak-", "podman login", "pplx-", "pwd", "pypi-age", "q~", "r8_", "rk_live_", "rk_test_",
            "sb_secret_", "sbp_", "secret", "secret_", "sg.", "sharedaccesskey=", "shpat_", "shpca_", "shppa_",
            "shpss_", "sig", "sig=", "sk", "sk-", "sk-admin-", "sk-ant-", "sk-ant-admin", "sk-lf-", "sk-or-",
            "sk-proj-", "sk-svcacct-", "sk.eyj", "sk_", "sk_live_", "sk_test_", "sntrys_", "sntryu_", "sshpass",
            "token", "tvly-", "v1.0-", "whsec_", "xai-", "xapp-", "xoxa-", "xoxb-", "xoxe-", "xoxe.", "xoxp-", "xoxr-",
            "xoxs-", "ya29.");

    private SecretKeywords() {
    }

    /** Built on first use; filled lazily as texts are matched (see KeywordIndex). */
    private static final class Index {
        static final KeywordIndex INDEX = KeywordIndex.of(ALL);
    }

    /** Whether {@code text} holds any keyword: if not, no default detector can find a secret in it. */
    static boolean mayHoldSecret(CharSequence text) {
        return Index.INDEX.collect(text).size > 0;
    }
}
