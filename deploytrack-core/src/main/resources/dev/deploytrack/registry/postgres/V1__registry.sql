-- The deployment registry in PostgreSQL (registry_version 2.0.0 held as rows). Every element is kept as the one line
-- of JSON a registry file has for it, so the file and the database share one format and one codec; the columns
-- beside it are what queries and constraints need.

-- One row per operation (record-deployment, rollback, approve, testimony, import), never updated or deleted. A key
-- recorded twice for one project and environment is refused by the database itself.
CREATE TABLE deploytrack_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_at     text   NOT NULL,
    kind            text   NOT NULL,
    project         text,
    environment     text,
    idempotency_key text
);
CREATE UNIQUE INDEX deploytrack_event_key ON deploytrack_event (project, environment, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- deployment_history[], in order, each entry with the event that added it; append-only.
CREATE TABLE deploytrack_history (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES deploytrack_event (id),
    project  text,
    body     text   NOT NULL
);
CREATE INDEX deploytrack_history_project ON deploytrack_history (project, id);

-- approvals[], in order; append-only.
CREATE TABLE deploytrack_approval (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES deploytrack_event (id),
    project  text,
    body     text   NOT NULL
);
CREATE INDEX deploytrack_approval_project ON deploytrack_approval (project, id);

-- projects[]: the current state of each project, rewritten in the transaction of the event that changed it.
CREATE TABLE deploytrack_project (
    position bigint GENERATED ALWAYS AS IDENTITY,
    name     text   PRIMARY KEY,
    body     text   NOT NULL,
    event_id bigint NOT NULL REFERENCES deploytrack_event (id)
);

-- statistics: counts by name and key (totals under ''), added to in the transaction of each event.
CREATE TABLE deploytrack_statistic (
    name  text   NOT NULL,
    key   text   NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (name, key)
);

-- What a registry file has beyond the lists: last_updated of an imported file, and fields a team added at the top
-- level and in statistics (JSON objects).
CREATE TABLE deploytrack_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
