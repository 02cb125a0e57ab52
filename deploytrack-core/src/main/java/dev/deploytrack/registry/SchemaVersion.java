package dev.deploytrack.registry;

import java.util.List;

/**
 * The registry file formats deploytrack knows. {@code 1.0.0} is the format teams kept before deploytrack;
 * {@code 2.0.0} adds environments, actors, commits, idempotency keys, rollbacks and approvals, and keeps every
 * 1.0.0 field with its name and meaning, so a script that read 1.0.0 still reads 2.0.0.
 */
public enum SchemaVersion {

    V1("1.0.0"),
    V2("2.0.0");

    /** The version every write produces. */
    public static final SchemaVersion CURRENT = V2;

    private final String id;

    SchemaVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The known version with this exact id. */
    public static java.util.Optional<SchemaVersion> of(String id) {
        for (SchemaVersion version : values()) {
            if (version.id.equals(id)) {
                return java.util.Optional.of(version);
            }
        }
        return java.util.Optional.empty();
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(SchemaVersion::id).toList();
    }
}
