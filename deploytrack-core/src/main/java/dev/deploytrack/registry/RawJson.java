package dev.deploytrack.registry;

/**
 * A value of a field this version does not know, kept as the exact text it had in a file deploytrack wrote. Such
 * text is already in the registry's layout at the depth where it stands, so writing it back verbatim gives the
 * same bytes as encoding the tree Jackson would have read from it.
 */
record RawJson(String text) {
}
