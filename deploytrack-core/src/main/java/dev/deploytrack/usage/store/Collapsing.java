package dev.deploytrack.usage.store;

import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.UsageRecord;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one rule by which both backends read calls. A call is every observation of one source and key, and it counts
 * once, at the time of the observation that counts ({@link UsageRecord#PREFERRED}): on that observation's UTC day,
 * and so in that day's week and month, whichever days its other observations fell on (Claude Code's streaming line
 * at 23:59:59.9 and the final usage at 00:00:00.1; a resumed session's copy written after midnight).
 *
 * <p>To see where a call counts, a read of {@code [from, to)} looks at the stored days from the one before
 * {@code from} to the one after {@code to} ({@link #firstDay}, {@link #lastDay}), with the observations of one call
 * adjacent (both backends read them sorted by source and key), and delivers each call whose preferred observation
 * is in the range. So a call whose observations lie on one day or two consecutive days is counted in exactly one of
 * any periods that split the time, whatever the periods: the range that holds its preferred observation sees all
 * of them, and so does every other range that sees any of them.
 */
final class Collapsing implements UsageStore.Visitor {

    private final Instant from;
    private final Instant to;
    private final UsageStore.Visitor target;
    private UsageRecord pending;

    /** Delivers to {@code target} each call of {@code [from, to)}, as its preferred observation. */
    Collapsing(Instant from, Instant to, UsageStore.Visitor target) {
        this.from = from;
        this.to = to;
        this.target = target;
    }

    /** The first stored day a read of the range starting at {@code from} looks at. */
    static LocalDate firstDay(Instant from) {
        return Period.day(from).minusDays(1);
    }

    /** The last stored day a read of the range ending before {@code to} looks at. */
    static LocalDate lastDay(Instant to) {
        return Period.day(to.minusNanos(1)).plusDays(1);
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
            if (!pending.time().isBefore(from) && pending.time().isBefore(to)) {
                target.visit(pending);
            }
            pending = null;
        }
    }
}
