package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The identity of a secret without the secret: PBKDF2-HMAC-SHA256 over the rule id and the value, with the
 * baseline's random salt. The same secret always gives the same hash (so baselines and SARIF fingerprints are stable
 * across commits and line moves), a different secret gives a different one, and the hash cannot be reversed into the
 * value; the iterations make guessing weak passwords from a published baseline slow.
 */
public final class SecretHasher {

    /** The salt used when the repository has no baseline yet. */
    static final String DEFAULT_SALT = "ZGVwbG95dHJhY2stc2VjcmV0cy12MQ==";
    private static final int ITERATIONS = 1_000;
    private static final int BITS = 128;

    private final byte[] salt;

    private SecretHasher(byte[] salt) {
        this.salt = salt.clone();
    }

    /** A hasher with the salt of a baseline, written as base64. */
    public static SecretHasher withSalt(String base64Salt) {
        return new SecretHasher(Base64.getDecoder().decode(base64Salt));
    }

    public static SecretHasher defaults() {
        return withSalt(DEFAULT_SALT);
    }

    /** A fresh random salt for a new baseline, as base64. */
    public static String newSalt() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String salt() {
        return Base64.getEncoder().encodeToString(salt);
    }

    /** 32 hex digits identifying {@code secret} as found by rule {@code ruleId}. */
    public String hash(String ruleId, String secret) {
        byte[] ruleBytes = ruleId.getBytes(StandardCharsets.UTF_8);
        byte[] saltedRule = new byte[salt.length + 1 + ruleBytes.length];
        System.arraycopy(salt, 0, saltedRule, 0, salt.length);
        System.arraycopy(ruleBytes, 0, saltedRule, salt.length + 1, ruleBytes.length);
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), saltedRule, ITERATIONS, BITS);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
