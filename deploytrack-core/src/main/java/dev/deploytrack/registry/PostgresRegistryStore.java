package dev.deploytrack.registry;

import dev.deploytrack.wording.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL backend: the registry as tables in a database every CI runner reaches ({@code V1__registry.sql}).
 * Each update is one transaction that appends an event (with the operation's idempotency key, unique per project
 * and environment), the history entries and approvals it added, the testimony reports it filed
 * ({@code V4__testimony.sql}), rewrites the project it changed and adds to the statistics' counts; everything is
 * derived and written in that transaction, or nothing is.
 *
 * <p>Concurrency comes from PostgreSQL alone: an operation on one project takes a transaction-scoped advisory lock
 * on that project (and a shared one on the registry), so operations on one project run one after the other and each
 * sees the ones before it, while operations on different projects run side by side; the statistics are added to,
 * never overwritten, in one order of rows, so side-by-side writers neither lose counts nor deadlock. An operation on
 * the whole registry (an import) takes the registry's lock exclusively. The server releases transaction locks when
 * the transaction ends, also when the writer is killed and its connection drops: no lock outlives a writer. A
 * transaction that fails for a reason a retry cures (a serialization failure, a deadlock, a duplicate key a
 * concurrent writer committed first) is run again from the start, and then sees what the other one wrote.
 */
public final class PostgresRegistryStore implements RegistryStore {

    /** Advisory lock keys: (namespace, key) pairs of ints, so they cannot collide with an application's own. */
    private static final int REGISTRY_LOCK = 0x6454_7232;
    private static final int PROJECT_LOCK = 0x6454_7233;
    private static final int MAX_ATTEMPTS = 20;
    /** What to do about a recorded commit that is not a commit id: only a writer other than deploytrack wrote one. */
    private static final String COMMIT_HINT = "the database was changed by something other than deploytrack: set "
            + "that row's git_commit (in deploytrack_history or deploytrack_project) to the commit that was deployed, "
            + "or remove it; nothing was written";
    /** A writer never waits longer than the file backend's writers do. */
    private static final String LOCK_TIMEOUT = "120s";

    private final PostgresLocation location;
    private final Clock clock;
    /** Test seam: runs when everything is written and the transaction is about to commit. */
    private final Runnable beforeCommit;
    private Connection connection;
    /** Whether the open connection's schema was found current or brought up to date. */
    private boolean schemaCurrent;

    private PostgresRegistryStore(PostgresLocation location, Clock clock, Runnable beforeCommit) {
        this.location = location;
        this.clock = clock;
        this.beforeCommit = beforeCommit;
    }

    /** Test seam: the same store, running {@code beforeCommit} inside each writing transaction before it commits. */
    PostgresRegistryStore beforeCommit(Runnable hook) {
        return new PostgresRegistryStore(location, clock, hook);
    }

    /**
     * The store for {@code url} ({@code jdbc:postgresql://...}); it connects on first use.
     *
     * @param environment the process environment, for {@code PGPASSWORD}
     */
    public static PostgresRegistryStore open(String url, Map<String, String> environment, Clock clock)
            throws RegistryException {
        return open(new RegistryLocation(url, true), environment, clock);
    }

    /**
     * The store for a registry location: {@code PGPASSWORD} is sent only to a database the operator named, never to
     * one only the repository's deploytrack.yml names ({@link RegistryLocation}).
     */
    public static PostgresRegistryStore open(RegistryLocation registry, Map<String, String> environment, Clock clock)
            throws RegistryException {
        try {
            return new PostgresRegistryStore(PostgresLocation.parse(registry.value(), environment,
                    registry.operator()), clock, null);
        } catch (IllegalArgumentException e) {
            throw new RegistryException("the registry URL", e.getMessage(), "e.g. "
                    + "jdbc:postgresql://db.example.com:5432/deploytrack?user=ci (the password from PGPASSWORD or "
                    + "~/.pgpass)");
        }
    }

    @Override
    public String displayName() {
        return location.displayName();
    }

    /** Test seam: the address and the password this store connects with. */
    PostgresLocation location() {
        return location;
    }

    @Override
    public Optional<Path> pagesDirectory() {
        return Optional.empty();
    }

    @Override
    public byte[] testimony(String path) throws RegistryException {
        Connection c = connection(false);
        try {
            byte[] content = Shelf.read(c, path);
            c.commit();
            return content;
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot read the testimony " + path, e);
        }
    }

    @Override
    public Registry read() throws RegistryException {
        Connection c = connection(false);
        try {
            try (Statement statement = c.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            Registry registry = readAll(c);
            CommitId.checkRecorded(registry, displayName(), COMMIT_HINT);
            c.commit();
            return registry;
        } catch (RegistryException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw e;
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot read the registry", e);
        } catch (IOException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw new RegistryException(displayName(), "a row of the registry is not valid JSON: "
                    + location.redact(e.getMessage()), "the database was changed by something other than deploytrack");
        }
    }

    /**
     * The projects at {@code path}: the rows whose JSON starts with that path (every row is written by one codec,
     * path first), without parsing any; none when the tables do not exist yet (nothing is created).
     */
    @Override
    public List<String> projectsAt(String path) throws RegistryException {
        Connection c = opened();
        try {
            List<String> names = new ArrayList<>();
            if (PostgresSchema.version(c) > 0) {
                ByteSink prefix = new ByteSink(path.length() + 32);
                new JsonEncoder(prefix, 0, true).beginObject().field("path", path).field("name");
                try (PreparedStatement query = c.prepareStatement("SELECT name FROM deploytrack_project "
                        + "WHERE starts_with(body, ?) ORDER BY position")) {
                    query.setString(1, new String(prefix.array(), 0, prefix.position(),
                            java.nio.charset.StandardCharsets.UTF_8));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            names.add(fromColumn(rows.getString(1)));
                        }
                    }
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return names;
        } catch (SQLException e) {
            PostgresDatabase.rollbackQuietly(c);
            throw failure("cannot read the registry", e);
        } catch (PostgresSchema.RegistryStoreFailure e) {
            throw new RegistryException(displayName(), location.redact(e.getMessage()), e.hint());
        }
    }

    @Override
    public <T> Update<T> update(Operation<T> operation)
            throws RegistryException, RefusedException, InvalidRequestException {
        for (int attempt = 1; ; attempt++) {
            Connection c = connection(true);
            try {
                return updateOnce(c, operation);
            } catch (SQLException e) {
                PostgresDatabase.rollbackQuietly(c);
                if (attempt < MAX_ATTEMPTS && isRetryable(e)) {
                    pause(attempt);
                    continue;
                }
                throw failure("cannot write the registry", e);
            } catch (IOException e) {
                PostgresDatabase.rollbackQuietly(c);
                throw new RegistryException(displayName(), "a row of the registry is not valid JSON: "
                        + location.redact(e.getMessage()), "nothing was written");
            } catch (RefusedException | InvalidRequestException | RegistryException | RuntimeException e) {
                PostgresDatabase.rollbackQuietly(c);
                throw e;
            }
        }
    }

    private <T> Update<T> updateOnce(Connection c, Operation<T> operation)
            throws SQLException, IOException, RefusedException, InvalidRequestException, RegistryException {
        try (Statement statement = c.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
        }
        String project = operation.project();
        Registry registry;
        if (project != null) {
            lock(c, "SELECT pg_advisory_xact_lock_shared(?, 0), pg_advisory_xact_lock(?, hashtext(?))", project);
            registry = scope(c, project);
        } else {
            lock(c, "SELECT pg_advisory_xact_lock(?, 0)", null);
            registry = readAll(c);
        }
        CommitId.checkRecorded(registry, displayName(), COMMIT_HINT);
        int historyBefore = registry.history().size();
        int approvalsBefore = registry.approvals().size();
        Map<String, String> linesBefore = new HashMap<>();
        for (ProjectEntry entry : registry.projects()) {
            linesBefore.put(entry.name(), RegistryJson.line(entry));
        }
        ProjectEntry targetBefore = project == null ? null : registry.project(project).orElse(null);
        Set<String> agentsBefore = targetBefore == null ? Set.of() : StatisticsDeriver.agentIds(targetBefore);

        Shelf shelf = new Shelf(c);
        registry.testimonies(shelf);
        Result<T> result;
        try {
            result = operation.apply(registry);
        } catch (Shelf.Failure e) {
            throw e.getCause();
        }
        if (!result.changed()) {
            c.rollback();
            return new Update<>(result.value(), false, null, null, List.of());
        }
        String now = Timestamps.format(clock.instant());
        registry.lastUpdated(now);
        List<HistoryEntry> added = registry.history().subList(historyBefore, registry.history().size());
        List<Approval> approved = registry.approvals().subList(approvalsBefore, registry.approvals().size());
        long event = event(c, now, project, added, approved);
        List<String[]> rows = new ArrayList<>();
        for (HistoryEntry entry : added) {
            rows.add(new String[] {entry.project(), RegistryJson.line(entry)});
        }
        append(c, "deploytrack_history", event, rows);
        rows.clear();
        for (Approval approval : approved) {
            rows.add(new String[] {approval.project(), RegistryJson.line(approval)});
        }
        append(c, "deploytrack_approval", event, rows);
        rows.clear();
        for (ProjectEntry entry : registry.projects()) {
            String line = RegistryJson.line(entry);
            if (!line.equals(linesBefore.get(entry.name()))) {
                rows.add(new String[] {entry.name(), line});
            }
        }
        saveProjects(c, rows, event);
        shelf.insert(event);
        if (project != null) {
            ProjectEntry after = registry.project(project).orElse(null);
            addToStatistics(c, StatisticsDeriver.change(targetBefore == null && after != null, added, agentsBefore,
                    after == null ? Set.of() : StatisticsDeriver.agentIds(after)));
        } else {
            replaceStatistics(c, registry);
        }
        if (beforeCommit != null) {
            beforeCommit.run();
        }
        c.commit();
        List<String> warnings = new ArrayList<>();
        try {
            operation.afterWrite(registry, result.value(), false);
        } catch (IOException e) {
            warnings.add("the registry " + displayName() + " was written, but a file derived from it was not: "
                    + e.getMessage());
        }
        return new Update<>(result.value(), true, null, null, warnings);
    }

    /**
     * Testimony reports in {@code deploytrack_testimony} (V4__testimony.sql), for one update: what it files is
     * inserted in its transaction, with its event, under the lock the update holds.
     */
    private static final class Shelf implements TestimonyShelf {

        private final Connection c;
        private final Map<String, String[]> pending = new java.util.LinkedHashMap<>();
        private final Map<String, byte[]> content = new HashMap<>();

        Shelf(Connection c) {
            this.c = c;
        }

        /**
         * An SQL failure inside the operation, carried out of it unchecked (the operation turns I/O failures into
         * its own refusals) and rethrown as the SQL failure it is, which a retry may cure.
         */
        static final class Failure extends RuntimeException {

            private static final long serialVersionUID = 1L;

            Failure(SQLException cause) {
                super(cause.getMessage(), cause);
            }

            @Override
            public synchronized SQLException getCause() {
                return (SQLException) super.getCause();
            }
        }

        @Override
        public boolean holds(String path) {
            if (pending.containsKey(path)) {
                return true;
            }
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM deploytrack_testimony WHERE path = ?")) {
                query.setString(1, column(path));
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }

        @Override
        public void keep(String path, String project, byte[] bytes) {
            pending.put(path, new String[] {project, Testimonies.sha256(bytes)});
            content.put(path, bytes);
        }

        @Override
        public byte[] read(String path) {
            if (content.containsKey(path)) {
                return content.get(path);
            }
            try {
                return read(c, path);
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }

        static byte[] read(Connection c, String path) throws SQLException {
            try (PreparedStatement query = c.prepareStatement("SELECT content FROM deploytrack_testimony "
                    + "WHERE path = ?")) {
                query.setString(1, column(path));
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getBytes(1) : null;
                }
            }
        }

        void insert(long event) throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO deploytrack_testimony (path, project, "
                    + "sha256, content, event_id) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, String[]> row : pending.entrySet()) {
                    insert.setString(1, column(row.getKey()));
                    insert.setString(2, column(row.getValue()[0] == null ? "" : row.getValue()[0]));
                    insert.setString(3, row.getValue()[1]);
                    insert.setBytes(4, content.get(row.getKey()));
                    insert.setLong(5, event);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /**
     * A name as a column holds it: PostgreSQL text cannot hold U+0000, which a registry's JSON can, so backslashes
     * are doubled and U+0000 is written {@code \0} (one to one, and names without either read as they are). The
     * JSON line in {@code body} keeps the exact text.
     */
    static String column(String value) {
        if (value == null || (value.indexOf('\\') < 0 && value.indexOf('\0') < 0)) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\0", "\\0");
    }

    /** The inverse of {@link #column}. */
    static String fromColumn(String value) {
        if (value == null || value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == '0' ? '\0' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void lock(Connection c, String sql, String project) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setInt(1, REGISTRY_LOCK);
            if (project != null) {
                statement.setInt(2, PROJECT_LOCK);
                statement.setString(3, column(project));
            }
            statement.execute();
        }
    }

    /** One project's part: the project, its history and approvals (see {@link Registry#isScoped()}). */
    private static Registry scope(Connection c, String project) throws SQLException, IOException {
        ProjectEntry entry = null;
        try (PreparedStatement query = c.prepareStatement("SELECT body FROM deploytrack_project WHERE name = ?")) {
            query.setString(1, column(project));
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    entry = RegistryJson.project(row.getString(1));
                }
            }
        }
        List<HistoryEntry> history = decode(lines(c, "SELECT body FROM deploytrack_history WHERE project = ? "
                + "ORDER BY id", project), RegistryJson::historyEntry);
        List<Approval> approvals = decode(lines(c, "SELECT body FROM deploytrack_approval WHERE project = ? "
                + "ORDER BY id", project), RegistryJson::approval);
        return Registry.scoped(project, null, entry, history, approvals, new Statistics());
    }

    /** The whole registry, as a file would hold it. */
    private static Registry readAll(Connection c) throws SQLException, IOException {
        List<ProjectEntry> projects = decode(lines(c, "SELECT body FROM deploytrack_project ORDER BY position",
                null), RegistryJson::project);
        List<HistoryEntry> history = decode(lines(c, "SELECT body FROM deploytrack_history ORDER BY id", null),
                RegistryJson::historyEntry);
        List<Approval> approvals = decode(lines(c, "SELECT body FROM deploytrack_approval ORDER BY id", null),
                RegistryJson::approval);
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, key, value FROM deploytrack_statistic")) {
            while (row.next()) {
                rows.computeIfAbsent(row.getString(1), k -> new TreeMap<>()).put(fromColumn(row.getString(2)),
                        (int) row.getLong(3));
            }
        }
        Map<String, String> meta = new HashMap<>();
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("SELECT key, value FROM deploytrack_meta")) {
            while (row.next()) {
                meta.put(row.getString(1), row.getString(2));
            }
        }
        String lastUpdated = meta.get("last_updated");
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("SELECT max(recorded_at) FROM deploytrack_event "
                     + "WHERE kind <> 'import'")) {
            if (row.next() && row.getString(1) != null
                    && (lastUpdated == null || row.getString(1).compareTo(lastUpdated) > 0)) {
                lastUpdated = row.getString(1);
            }
        }
        Statistics statistics = StatisticsDeriver.fromRows(rows);
        if (meta.containsKey("statistics_extra")) {
            RegistryJson.putExtras(statistics, meta.get("statistics_extra"));
        }
        Registry registry = Registry.of(lastUpdated, projects, history, approvals, statistics);
        if (meta.containsKey("extra")) {
            RegistryJson.putExtras(registry, meta.get("extra"));
        }
        return registry;
    }

    /** Reads one kind of element from its JSON line. */
    private interface Decoder<T> {
        T decode(String line) throws IOException;
    }

    private static <T> List<T> decode(List<String> lines, Decoder<T> decoder) throws IOException {
        List<T> elements = new ArrayList<>(lines.size());
        for (String line : lines) {
            elements.add(decoder.decode(line));
        }
        return elements;
    }

    private static List<String> lines(Connection c, String sql, String project) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setFetchSize(2000);
            if (project != null) {
                query.setString(1, column(project));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lines.add(row.getString(1));
                }
            }
        }
        return lines;
    }

    /**
     * Appends the event; a key a concurrent writer committed first fails it, and the retry finds that one. The key is
     * unique within its scope ({@link HistoryEntry#keyScope()}): a CI run may record its agents and its application
     * under one key.
     */
    private static long event(Connection c, String at, String project, List<HistoryEntry> added,
                              List<Approval> approved) throws SQLException {
        HistoryEntry first = added.isEmpty() ? null : added.get(0);
        String kind = project == null ? "import"
                : first != null ? (first.isComponentDeployment() ? "component" : first.isRequest() ? "request"
                : HistoryEntry.ROLLED_BACK.equals(first.action()) ? "rollback" : "deployment")
                : !approved.isEmpty() ? "approval" : "testimony";
        String environment = first != null ? first.environment()
                : !approved.isEmpty() ? approved.get(0).environment() : null;
        String key = project != null && first != null ? first.idempotencyKey() : null;
        String scope = first != null ? first.keyScope() : "";
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO deploytrack_event (recorded_at, kind, project, "
                + "environment, idempotency_key, key_scope) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, at);
            insert.setString(2, kind);
            insert.setString(3, column(project));
            insert.setString(4, column(environment));
            insert.setString(5, column(key));
            insert.setString(6, column(scope));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** Appends rows of (project, JSON line) in one batch: an import sends 100,000 of them. */
    private static void append(Connection c, String table, long event, List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (event_id, project, body) "
                + "VALUES (?, ?, ?)")) {
            for (String[] row : rows) {
                insert.setLong(1, event);
                insert.setString(2, column(row[0]));
                insert.setString(3, row[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void saveProjects(Connection c, List<String[]> rows, long event) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO deploytrack_project (name, body, event_id) "
                + "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET body = excluded.body, "
                + "event_id = excluded.event_id")) {
            for (String[] row : rows) {
                upsert.setString(1, column(row[0]));
                upsert.setString(2, row[1]);
                upsert.setLong(3, event);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /**
     * Adds a change to the counts, row by row in the order of (name, key): every writer locks the rows it touches in
     * that one order, so two writers never wait on each other in a circle.
     */
    private static void addToStatistics(Connection c, Map<String, Map<String, Integer>> change) throws SQLException {
        try (PreparedStatement add = c.prepareStatement("INSERT INTO deploytrack_statistic (name, key, value) "
                + "VALUES (?, ?, ?) ON CONFLICT (name, key) DO UPDATE SET value = deploytrack_statistic.value "
                + "+ excluded.value")) {
            for (Map.Entry<String, Map<String, Integer>> counts : new TreeMap<>(change).entrySet()) {
                for (Map.Entry<String, Integer> count : new TreeMap<>(counts.getValue()).entrySet()) {
                    if (count.getValue() != 0) {
                        add.setString(1, counts.getKey());
                        add.setString(2, column(count.getKey()));
                        add.setLong(3, count.getValue());
                        add.addBatch();
                    }
                }
            }
            add.executeBatch();
        }
    }

    /** After an operation on the whole registry: the counts derived anew, and the registry's own fields. */
    private static void replaceStatistics(Connection c, Registry registry) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("DELETE FROM deploytrack_statistic");
        }
        Statistics derived = StatisticsDeriver.derive(registry);
        derived.keepExtraFrom(registry.statistics());
        addToStatistics(c, StatisticsDeriver.rows(derived));
        meta(c, "last_updated", registry.lastUpdated());
        meta(c, "extra", RegistryJson.extrasLine(registry));
        meta(c, "statistics_extra", RegistryJson.extrasLine(derived));
    }

    private static void meta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO deploytrack_meta (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value == null ? "" : value);
            upsert.executeUpdate();
        }
    }

    /**
     * The connection, opened on first use, with the schema brought up to date for a write ({@code write}) or found
     * current for a read, which never creates or changes a table. Each session asks the server to end a transaction
     * left idle for a minute, so a writer that hangs, rather than dies, cannot hold a lock for long.
     */
    private Connection connection(boolean write) throws RegistryException {
        Connection c = opened();
        if (!schemaCurrent) {
            try {
                if (write) {
                    PostgresSchema.migrate(c);
                } else {
                    PostgresSchema.requireCurrent(c);
                }
                c.setAutoCommit(false);
                schemaCurrent = true;
            } catch (SQLException e) {
                throw failure("cannot connect to the registry", e);
            } catch (PostgresSchema.RegistryStoreFailure e) {
                throw new RegistryException(displayName(), location.redact(e.getMessage()), e.hint());
            }
        }
        return c;
    }

    /** The open connection, auto-commit on until the schema is known to be current. */
    private Connection opened() throws RegistryException {
        if (connection != null) {
            return connection;
        }
        try {
            Connection opened = location.connect();
            if (opened == null) {
                throw new RegistryException(displayName(), "the registry URL is not a PostgreSQL URL", null);
            }
            try (Statement statement = opened.createStatement()) {
                statement.execute("SET idle_in_transaction_session_timeout = '60s'");
            }
            connection = opened;
            schemaCurrent = false;
            return opened;
        } catch (SQLException e) {
            throw failure("cannot connect to the registry", e);
        }
    }

    /**
     * A dry run against a database without deploytrack's tables checks against the empty registry it stands for,
     * and creates nothing; an older schema is refused as a read refuses it.
     */
    @Override
    public <T> Update<T> dryRun(Operation<T> operation, String legacyEnvironment)
            throws RegistryException, RefusedException, InvalidRequestException {
        Connection c = opened();
        if (!schemaCurrent) {
            try {
                if (PostgresSchema.version(c) == 0) {
                    return new Update<>(operation.apply(Registry.empty()).value(), false, null, null, List.of());
                }
            } catch (SQLException e) {
                throw failure("cannot read the registry", e);
            } catch (PostgresSchema.RegistryStoreFailure e) {
                throw new RegistryException(displayName(), location.redact(e.getMessage()), e.hint());
            }
        }
        return RegistryStore.super.dryRun(operation, legacyEnvironment);
    }

    @Override
    public void close() {
        PostgresDatabase.closeQuietly(connection);
        connection = null;
    }

    private static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * Math.min(attempt, 10) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    /** An SQL failure in words, with what to do; never the password or the URL that holds it. */
    private RegistryException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Message hint;
        if (PostgresDatabase.connectionLost(e)) {
            connection = null;
            schemaCurrent = false;
        }
        Message known = location.hint(e);
        if (known != null) {
            hint = known.then("; nothing was written");
        } else if (state.equals("55P03")) {
            hint = Message.text("another writer held the registry for " + LOCK_TIMEOUT + "; wait for it to finish, "
                    + "or stop it if it hangs; nothing was written");
        } else {
            hint = Message.text("nothing was written");
        }
        String message = e.getMessage() == null ? state : e.getMessage().split("\n", 2)[0];
        return RegistryException.worded(displayName(), what + ": " + location.redact(message), hint);
    }
}
