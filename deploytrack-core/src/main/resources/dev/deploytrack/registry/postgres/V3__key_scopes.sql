-- Issue 12: the registry also records deployments of components other than agents (the application, with its commit)
-- and deployment requests. Each kind of entry has its own idempotency-key scope, so one CI run may record its agents,
-- its application and its request under one key: '' for the agents' deployments and rollbacks (every event until
-- now), 'component:<name>' for a component, 'request' for a request. The key stays unique per project, environment
-- and scope.
ALTER TABLE deploytrack_event ADD COLUMN key_scope text NOT NULL DEFAULT '';
DROP INDEX deploytrack_event_key;
CREATE UNIQUE INDEX deploytrack_event_key ON deploytrack_event (project, environment, key_scope, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
