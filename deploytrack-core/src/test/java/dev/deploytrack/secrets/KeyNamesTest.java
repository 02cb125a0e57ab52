package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyNamesTest {

    @Test
    void splitsEveryNamingStyle() {
        assertEquals(List.of("spring", "datasource", "db", "password"), KeyNames.words("spring.datasource.dbPassword"));
        assertEquals(List.of("x", "api", "key"), KeyNames.words("X-API-Key"));
        assertEquals(List.of("aws", "secret", "access", "key"), KeyNames.words("AWSSecretAccessKey"));
    }

    @Test
    void secretNames() {
        for (String name : List.of("password", "DB_PASSWORD", "spring.datasource.password", "passwd", "PGPASSWORD",
                "dbPass")) {
            assertEquals(KeyNames.Kind.PASSWORD, KeyNames.classify(name), name);
        }
        for (String name : List.of("api_key", "apiKey", "OPENAI_API_KEY", "client_secret", "x-api-key", "token",
                "GITHUB_TOKEN", "secret_access_key", "STRIPE_SECRET_KEY_LIVE", "private_key", "auth", "_authToken",
                "GITLAB_PAT", "webhookSecret")) {
            assertEquals(KeyNames.Kind.TOKEN, KeyNames.classify(name), name);
        }
    }

    @Test
    void namesAboutSecretsAreNotSecrets() {
        for (String name : List.of("max_tokens", "secretName", "password_hash", "token_url", "public_key",
                "primary_key", "api_key_id", "NEXT_PUBLIC_SUPABASE_ANON_KEY", "passwordPolicy",
                "token_type", "cache_key", "keyboard", "tokenizer", "secret_ref", "auth_provider",
                "password_min_length", "AWS_ACCESS_KEY_ID")) {
            assertNull(KeyNames.classify(name), name);
        }
        assertEquals(KeyNames.Kind.BARE_KEY, KeyNames.classify("key"));
    }
}
