-- Lists (issue 5): a list can have several products (feeds) — OFAC SDN vs the non-SDN consolidated list,
-- the FCDO UK Sanctions List vs OFSI's ConList, UAPA First vs Fourth Schedule. Delistings are computed
-- within one feed. A partial version (an excerpt, or an OFAC set without sdn.csv) updates the entries it
-- names and delists nothing.
ALTER TABLE list_versions ADD COLUMN feed text;
ALTER TABLE list_versions ADD COLUMN format text;
ALTER TABLE list_versions ADD COLUMN partial boolean NOT NULL DEFAULT false;
ALTER TABLE list_versions ADD COLUMN updated jsonb NOT NULL DEFAULT '[]';   -- list_refs whose record changed
ALTER TABLE list_entries ADD COLUMN feed text;
ALTER TABLE list_entries ADD COLUMN content_hash text;                      -- of the parsed record; null after a partial merge
ALTER TABLE list_entries ADD COLUMN first_version_id text REFERENCES list_versions(id);
CREATE INDEX list_entries_feed ON list_entries (list, feed);
CREATE INDEX list_entries_delisted ON list_entries (delisted_in);
