package dev.deploytrack.usage.store;

import dev.deploytrack.registry.PostgresDatabase;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryLocation;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Wording;
import dev.deploytrack.usage.UsageJson;
import dev.deploytrack.usage.UsageRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * The PostgreSQL backend: usage in the registry's database ({@code V2__usage.sql}), one row per observation in
 * {@code deploytrack_usage}, never updated or deleted; the unique index on (source, key, digest) makes an append of
 * an observation already stored do nothing ({@code ON CONFLICT DO NOTHING}), whichever process or machine sent it
 * and however many at once. Reads stream the rows of a time range ordered by (source, key), and the same rule as the
 * file backend picks the observation that counts. An alert is claimed by inserting its key in a transaction that
 * stays open while it is delivered: a concurrent check waits on the key and then finds it taken; a failed delivery
 * or a killed process rolls the claim back, so the alert is retried.
 */
public final class PostgresUsageStore implements UsageStore {

    private static final int BATCH = 5_000;

    private final PostgresDatabase database;
    private Connection connection;

    public PostgresUsageStore(PostgresDatabase database) {
        this.database = database;
    }

    public static PostgresUsageStore open(RegistryLocation registry, Map<String, String> environment)
            throws UsageStoreException {
        try {
            return new PostgresUsageStore(PostgresDatabase.of(registry, environment));
        } catch (RegistryException e) {
            throw new UsageStoreException(e.file(), e.getMessage(), e.hint());
        }
    }

    @Override
    public String displayName() {
        return database.displayName();
    }

    /**
     * The connection, opened on first use with the schema brought up to date for a write, or found current for a
     * read (a report never creates or changes a table); either way the schema is current for what follows.
     */
    private Connection connection(boolean write) throws UsageStoreException {
        if (connection == null) {
            try {
                connection = database.connect(write);
            } catch (SQLException e) {
                throw failure("cannot connect to the database", e);
            } catch (RegistryException e) {
                throw new UsageStoreException(e.file(), e.getMessage(), e.hint());
            }
        }
        return connection;
    }

    @Override
    public Appended append(Collection<UsageRecord> records) throws UsageStoreException {
        Connection c = connection(true);
        long added = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO deploytrack_usage (day, time, source, key, "
                + "digest, body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, key, digest) DO NOTHING")) {
            int pending = 0;
            for (UsageRecord record : records) {
                String body = UsageJson.line(record);
                insert.setDate(1, Date.valueOf(LocalDate.ofInstant(record.time(), ZoneOffset.UTC)));
                insert.setString(2, record.time().toString());
                insert.setString(3, text(record.source()));
                insert.setString(4, text(record.key()));
                insert.setString(5, sha256(body));
                insert.setString(6, text(body));
                insert.addBatch();
                if (++pending == BATCH) {
                    added += sum(insert.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                added += sum(insert.executeBatch());
            }
            c.commit();
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot store usage records", e);
        }
        return new Appended(added, records.size() - added);
    }

    @Override
    public void scan(Instant from, Instant to, Visitor visitor) throws UsageStoreException {
        if (!to.isAfter(from)) {
            return;
        }
        Connection c = connection(false);
        Collapsing calls = new Collapsing(record -> {
            if (!record.time().isBefore(from) && record.time().isBefore(to)) {
                visitor.visit(record);
            }
        });
        try (PreparedStatement query = c.prepareStatement("SELECT body FROM deploytrack_usage WHERE day >= ? AND "
                + "day <= ? ORDER BY source, key, id")) {
            query.setFetchSize(10_000);
            query.setDate(1, Date.valueOf(LocalDate.ofInstant(from, ZoneOffset.UTC)));
            query.setDate(2, Date.valueOf(LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    calls.visit(UsageJson.read(rows.getString(1)));
                }
            }
            calls.flush();
            c.commit();
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot read usage records", e);
        } catch (IOException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw new UsageStoreException(displayName(), "a usage row is not a record deploytrack wrote: "
                    + e.getMessage(), "the table was changed by something other than deploytrack");
        }
    }

    @Override
    public boolean fireOnce(String key, String description, Delivery delivery)
            throws UsageStoreException, DeliveryException {
        Connection c = connection(true);
        try (PreparedStatement claim = c.prepareStatement("INSERT INTO deploytrack_usage_alert (key, fired_at, "
                + "description) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING")) {
            claim.setString(1, key);
            claim.setString(2, Instant.now().toString());
            claim.setString(3, description);
            if (claim.executeUpdate() == 0) {
                c.rollback();
                return false;
            }
            delivery.deliver();
            c.commit();
            return true;
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot record the alert " + key, e);
        } catch (DeliveryException | RuntimeException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw e;
        }
    }

    @Override
    public boolean hasFired(String key) throws UsageStoreException {
        Connection c = connection(false);
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM deploytrack_usage_alert WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                boolean fired = row.next();
                c.commit();
                return fired;
            }
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot read the alerts", e);
        }
    }

    @Override
    public void close() {
        PostgresDatabase.closeQuietly(connection);
        connection = null;
    }

    /** PostgreSQL text cannot hold U+0000; JSON lines write it escaped, and keys hold none in practice. */
    private static String text(String value) {
        return value.replace("\u0000", "\uFFFD");
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }


    private UsageStoreException failure(String what, SQLException e) {
        if (PostgresDatabase.connectionLost(e)) {
            connection = null;
        }
        Message hint = database.hint(e);
        return new UsageStoreException(displayName(), what + ": " + database.message(e),
                hint == null ? "nothing was written" : hint.in(Wording.NEUTRAL) + "; nothing was written");
    }
}
