-- Usage records (issue 16): what agents actually spent, beside the registry, in the same database.

-- One row per observation of a model call, never updated or deleted. The same observation inserted again (the same
-- logs ingested twice, or from two machines) is refused by the unique index on (source, key, digest), the digest
-- being the SHA-256 of the record's JSON line. A call observed with different counts (a log read while a response
-- was still streaming, then again) has one row per observation; reads take the one that counts per (source, key).
CREATE TABLE deploytrack_usage (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day         date   NOT NULL,
    time        text   NOT NULL,
    source      text   NOT NULL,
    key         text   NOT NULL,
    digest      text   NOT NULL,
    body        text   NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX deploytrack_usage_observation ON deploytrack_usage (source, key, digest);
CREATE INDEX deploytrack_usage_day ON deploytrack_usage (day, source, key);

-- Alerts that fired: one row per alert key (threshold, environment, period), inserted in the transaction that
-- delivered it, so an alert fires once however many checks run.
CREATE TABLE deploytrack_usage_alert (
    key         text PRIMARY KEY,
    fired_at    text NOT NULL,
    description text
);
