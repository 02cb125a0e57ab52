package dev.deploytrack.usage.store;

import dev.deploytrack.usage.UsageRecord;
import java.time.Instant;
import java.util.Collection;

/**
 * Where usage records are kept, beside the registry and in the registry's backend: {@link FileUsageStore} (files
 * next to {@code registry.json}) or {@link PostgresUsageStore} (a table in the registry's database). Both keep the
 * same promises:
 * <ul>
 *   <li><b>Append-only and idempotent.</b> An observation of a call is stored once: the same record appended again,
 *       from the same logs, another machine or another order, changes nothing. Nothing is ever removed.</li>
 *   <li><b>One call, one record.</b> When a call was observed more than once with different counts (a log read
 *       while its response was still streaming, then again), reads return the observation that counts
 *       ({@link UsageRecord#PREFERRED}), once, at that observation's time, whichever days the others were on.</li>
 *   <li><b>Concurrent writers lose nothing.</b> Appends from processes running at once all end up stored; a killed
 *       writer leaves every record it had stored and no lock.</li>
 *   <li><b>Alerts fire once.</b> {@link #fireOnce} delivers an alert and records that it fired in one step, so two
 *       checks at once, or one run again, never send it twice.</li>
 * </ul>
 */
public interface UsageStore extends AutoCloseable {

    /** How messages name the store. */
    String displayName();

    /**
     * Stores the records (observations) that are not stored yet.
     *
     * @return how many were new and how many were already stored
     */
    Appended append(Collection<UsageRecord> records) throws UsageStoreException;

    /**
     * An appender for one ingest: batches handed to it are stored by {@link Appender#finish()} (or before), which a
     * backend may use to write each part of the store once per ingest rather than once per batch.
     */
    default Appender appender() throws UsageStoreException {
        return new Appender() {
            private Appended total = new Appended(0, 0);

            @Override
            public void add(Collection<UsageRecord> records) throws UsageStoreException {
                total = total.plus(append(records));
            }

            @Override
            public Appended finish() {
                return total;
            }
        };
    }

    /** Stores the batches of one ingest. */
    interface Appender extends AutoCloseable {

        void add(Collection<UsageRecord> records) throws UsageStoreException;

        /** Stores what is not stored yet; returns what all the batches added. */
        Appended finish() throws UsageStoreException;

        /** Releases what an unfinished appender holds (temporary files); nothing it had not stored is stored. */
        @Override
        default void close() {
        }
    }

    /**
     * Visits each call whose preferred observation's time is in {@code [from, to)}, once, as that observation; a
     * call observed on two days is placed by that observation alone ({@link Collapsing}: the days next to the range
     * are read too), so ranges that split the time hold each call in exactly one of them.
     */
    void scan(Instant from, Instant to, Visitor visitor) throws UsageStoreException;

    /**
     * Fires the alert {@code key} unless it fired before: runs {@code delivery} while holding the claim on the key
     * and records the key as fired only if the delivery returns normally (a failed delivery is retried by the next
     * run).
     *
     * @return whether it fired now ({@code false}: it had fired before, and nothing was delivered)
     */
    boolean fireOnce(String key, String description, Delivery delivery) throws UsageStoreException, DeliveryException;

    /** Whether the alert {@code key} has fired. */
    boolean hasFired(String key) throws UsageStoreException;

    @Override
    default void close() throws UsageStoreException {
    }

    /** Receives records in a scan. */
    interface Visitor {
        void visit(UsageRecord record);
    }

    /** Sends an alert; throws when it could not be delivered. */
    interface Delivery {
        void deliver() throws DeliveryException;
    }

    /** An alert that could not be delivered (a webhook that refused it): it is not recorded as fired. */
    final class DeliveryException extends Exception {

        private static final long serialVersionUID = 1L;

        public DeliveryException(String message) {
            super(message);
        }
    }

    /**
     * @param added   observations stored now
     * @param already observations that were stored before
     */
    record Appended(long added, long already) {

        public Appended plus(Appended other) {
            return new Appended(added + other.added, already + other.already);
        }
    }
}
