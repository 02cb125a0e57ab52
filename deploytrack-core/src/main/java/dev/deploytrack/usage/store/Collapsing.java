package dev.deploytrack.usage.store;

import dev.deploytrack.usage.UsageRecord;

/**
 * Turns observations in which those of one call are adjacent (both backends read them sorted by source and key)
 * into one record per call, the preferred observation ({@link UsageRecord#PREFERRED}): the one rule both backends
 * read with.
 */
final class Collapsing implements UsageStore.Visitor {

    private final UsageStore.Visitor target;
    private UsageRecord pending;

    Collapsing(UsageStore.Visitor target) {
        this.target = target;
    }

    @Override
    public void visit(UsageRecord record) {
        if (pending != null && pending.source().equals(record.source()) && pending.key().equals(record.key())) {
            pending = UsageRecord.preferred(pending, record);
            return;
        }
        flush();
        pending = record;
    }

    /** Delivers the last call; call once at the end. */
    void flush() {
        if (pending != null) {
            target.visit(pending);
            pending = null;
        }
    }
}
