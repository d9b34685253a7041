-- Ingest speed (issue 4): a bulk ingest into an empty (or small) store drops the search indexes of the
-- tables it fills and builds them once at the end (src/store/indexes.ts): one sort per index instead of an
-- insert into each per row. Each index dropped is first recorded here, in the same transaction as the
-- DROP, with its definition; the ingest rebuilds and deletes the rows in one transaction when it ends,
-- whether it succeeded or failed, and opening the store rebuilds whatever a killed ingest left here. So
-- the store is never without an index it does not know it owes.
CREATE TABLE IF NOT EXISTS deferred_indexes (
  name        text PRIMARY KEY,
  definition  text NOT NULL
);
