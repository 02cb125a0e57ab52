-- Testimony reports (the testimony command, registry import), kept in the database so that every runner sharing it
-- reads them. A row is keyed by the path a file registry keeps the copy at (a project's testimony_file, relative to
-- the registry's root, e.g. reflection_pool/testimonies/api-20261120T100100Z.md), which is also where registry export
-- writes it. Rows are inserted in the transaction of the event that filed them, never updated or deleted.
CREATE TABLE deploytrack_testimony (
    path     text   PRIMARY KEY,
    project  text   NOT NULL,
    sha256   text   NOT NULL,
    -- 1 MiB, the size the testimony command accepts (TestimonyShelf.MAX_SIZE): a report a person reads, not logs.
    content  bytea  NOT NULL CHECK (octet_length(content) <= 1048576),
    event_id bigint NOT NULL REFERENCES deploytrack_event (id)
);
CREATE INDEX deploytrack_testimony_project ON deploytrack_testimony (project);
