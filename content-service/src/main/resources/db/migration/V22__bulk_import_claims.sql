-- Resuming bulk imports abandoned by a stopped replica: a run is taken by a claim (a token
-- per taking), so once another replica has claimed a stale run, the first one's late batch
-- cannot commit beside it (its heartbeat names a token that is no longer the run's).
ALTER TABLE bulk_import
    ADD COLUMN claim_token CHAR(36) NULL,
    ADD KEY idx_bulk_import_waiting (state, heartbeat_at);
