package dev.deploytrack.report;

/**
 * Which fixes a rule offers ({@code validate --fix}). A safe fix is certain: the tool reads the fixed file as it read
 * the original, or the way its documentation says it should, and every other byte stays. An unsafe fix may change
 * meaning or touch more than the file (renaming a directory); only {@code --fix-unsafe} applies it.
 */
public enum Fixable {
    /** Every fix the rule offers is safe. */
    SAFE("safe"),
    /** The rule offers only unsafe fixes. */
    UNSAFE("unsafe"),
    /** Some cases are fixed safely, others only with {@code --fix-unsafe}. */
    SAFE_AND_UNSAFE("safe; some cases unsafe");

    private final String label;

    Fixable(String label) {
        this.label = label;
    }

    /** How docs/rules.md marks the rule: {@code Fixable: safe.} */
    public String label() {
        return label;
    }

    /** Whether the rule may offer a fix of this safety. */
    public boolean allows(boolean safe) {
        return this == SAFE_AND_UNSAFE || (this == SAFE) == safe;
    }
}
