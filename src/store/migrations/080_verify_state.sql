-- The verification refresh's memory of its last run (src/verify/scope.ts), so the next run recomputes only
-- the claims new or changed input can touch. Derived data: deleting every row here makes the next refresh
-- a full one, which rebuilds them.
-- verify_claims: per claim, a fingerprint of the columns the verification reads and the keys that put it in a
-- group with other claims (same subject and object, same event, …) as the last run computed them.
CREATE TABLE verify_claims (
  claim_id  text PRIMARY KEY,
  fp        text NOT NULL,
  keys      text[] NOT NULL
);
CREATE INDEX verify_claims_keys ON verify_claims USING gin (keys);
-- verify_sources: per source, a fingerprint of what the verification reads (reliability, publisher, …) and
-- the origin it fell in.
CREATE TABLE verify_sources (
  source_id  text PRIMARY KEY,
  fp         text NOT NULL,
  origin     text NOT NULL
);
-- verify_state: fingerprints of the smaller inputs (rules, events, entities, casualties, lists, curated evidence).
CREATE TABLE verify_state (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL
);
