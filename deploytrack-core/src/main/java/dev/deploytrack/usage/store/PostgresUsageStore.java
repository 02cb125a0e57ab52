package dev.deploytrack.usage.store;

import dev.deploytrack.registry.PostgresDatabase;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryLocation;
import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.UsageJson;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Wording;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL backend: usage in the registry's database ({@code V2__usage.sql}), one row per observation in
 * {@code deploytrack_usage}, never updated or deleted; the unique index on (source, key, digest) makes an append of
 * an observation already stored do nothing ({@code ON CONFLICT DO NOTHING}), whichever process or machine sent it
 * and however many at once. Reads stream the rows of a time range's days and the day on each side ordered by
 * (source, key), and the same rule as the file backend ({@link Collapsing}) picks the observation that counts and
 * the day it counts on. An alert is claimed by inserting its key in a transaction that
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

    /**
     * Inserts the records in statements of {@value #BATCH} rows, each one {@code INSERT ... SELECT FROM unnest(...)}
     * whose update count is the number of rows it inserted (a JDBC batch reports most of its statements as
     * "succeeded, count unknown", so an ingest could not say how many records were new).
     */
    @Override
    public Appended append(Collection<UsageRecord> records) throws UsageStoreException {
        Connection c = connection(true);
        long added = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO deploytrack_usage (day, time, source, key, "
                + "digest, body) SELECT r.day::date, r.time, r.source, r.key, r.digest, r.body FROM unnest(?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(day, time, source, key, digest, body) "
                + "ON CONFLICT (source, key, digest) DO NOTHING")) {
            List<String[]> rows = new ArrayList<>(Math.min(records.size(), BATCH));
            for (UsageRecord record : records) {
                String body = UsageJson.line(record);
                rows.add(new String[] {Period.day(record.time()).toString(), record.time().toString(),
                        text(record.source()), text(record.key()), sha256(body), text(body)});
                if (rows.size() == BATCH) {
                    added += insert(c, insert, rows);
                }
            }
            if (!rows.isEmpty()) {
                added += insert(c, insert, rows);
            }
            c.commit();
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot store usage records", e);
        }
        return new Appended(added, records.size() - added);
    }

    /** Inserts the rows (columns in the statement's order) and empties the list; returns how many were new. */
    private static int insert(Connection c, PreparedStatement insert, List<String[]> rows) throws SQLException {
        for (int column = 0; column < 6; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = rows.get(row)[column];
            }
            insert.setArray(column + 1, c.createArrayOf("text", values));
        }
        rows.clear();
        return insert.executeUpdate();
    }

    @Override
    public void scan(Instant from, Instant to, Visitor visitor) throws UsageStoreException {
        if (!to.isAfter(from)) {
            return;
        }
        Connection c = connection(false);
        Collapsing calls = new Collapsing(from, to, visitor);
        try (PreparedStatement query = c.prepareStatement("SELECT body FROM deploytrack_usage WHERE day >= ? AND "
                + "day <= ? ORDER BY source, key, id")) {
            query.setFetchSize(10_000);
            // The days around the range too: where a call observed on two days counts is the rule of Collapsing.
            query.setDate(1, Date.valueOf(Collapsing.firstDay(from)));
            query.setDate(2, Date.valueOf(Collapsing.lastDay(to)));
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
