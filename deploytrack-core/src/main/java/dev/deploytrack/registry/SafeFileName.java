package dev.deploytrack.registry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name from input (a project name, a file name) into one file name that is safe on every platform: only
 * letters, digits, {@code .}, {@code _} and {@code -}; no leading dot (no hidden files, no {@code ..}); no Windows
 * device name; at most 100 characters. A name that had to change gets a short hash of the original, so two different
 * names never share a file. The result can only name a file directly inside the directory it is resolved against.
 */
final class SafeFileName {

    private static final int MAX_LENGTH = 100;
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private SafeFileName() {
    }

    static String of(String name) {
        StringBuilder safe = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (allowed) {
                safe.append(c);
                dash = false;
            } else if (!dash) {
                safe.append('-');
                dash = true;
            }
        }
        while (safe.length() > 0 && (safe.charAt(0) == '.' || safe.charAt(0) == '-')) {
            safe.deleteCharAt(0);
        }
        while (safe.length() > 0 && (safe.charAt(safe.length() - 1) == '.' || safe.charAt(safe.length() - 1) == '-')) {
            safe.deleteCharAt(safe.length() - 1);
        }
        String base = safe.length() > MAX_LENGTH - 10 ? safe.substring(0, MAX_LENGTH - 10) : safe.toString();
        String stem = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
        if (base.isEmpty() || WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
            base = base.isEmpty() ? "unnamed" : "_" + base;
        }
        return base.equals(name) ? base : base + "-" + shortHash(name);
    }

    /** {@code directory/<safe name><suffix>}, checked to lie directly inside {@code directory}. */
    static Path resolve(Path directory, String name, String suffix) {
        Path normalized = directory.toAbsolutePath().normalize();
        Path file = normalized.resolve(of(name) + suffix).normalize();
        if (!normalized.equals(file.getParent())) {
            throw new IllegalStateException("unsafe file name for '" + name + "'");
        }
        return file;
    }

    private static String shortHash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
