package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity of a secret without the secret: HMAC-SHA256, keyed with the baseline's random salt, over the rule id
 * and the value, cut to 128 bits. The same secret always gives the same hash (so baselines and SARIF fingerprints are
 * stable across commits and line moves), a different secret gives a different one, and the hash cannot be reversed
 * into the value. A slow key-derivation function would add nothing: a hash is only ever published next to the
 * repository that holds (or held, in its history) the secret itself, so it must not leak the value, not resist
 * guessing better than the repository does.
 */
public final class SecretHasher {

    /** The salt used when the repository has no baseline yet. */
    static final String DEFAULT_SALT = "ZGVwbG95dHJhY2stc2VjcmV0cy12MQ==";
    private static final int BYTES = 16;

    private final byte[] salt;

    private SecretHasher(byte[] salt) {
        this.salt = salt.clone();
    }

    /** The shortest salt accepted: an HMAC key needs bytes, and a salt of a few bytes is no salt. */
    static final int MIN_SALT_BYTES = 8;

    /**
     * A hasher with the salt of a baseline, written as base64.
     *
     * @throws IllegalArgumentException if the salt is not base64 of at least {@value #MIN_SALT_BYTES} bytes
     */
    public static SecretHasher withSalt(String base64Salt) {
        byte[] salt = Base64.getDecoder().decode(base64Salt);
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("a salt needs at least " + MIN_SALT_BYTES + " bytes");
        }
        return new SecretHasher(salt);
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            mac.update(ruleId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] hash = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
