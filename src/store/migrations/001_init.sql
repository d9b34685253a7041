-- Dossier schema v1. Same SQL on PGlite and PostgreSQL 15. Never edit a landed migration: add a new one.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE sources (
  id              text PRIMARY KEY,
  ref             text UNIQUE,
  url             text,
  title           text NOT NULL,
  publisher       text,
  author          text,
  published       text,
  kind            text NOT NULL,
  text            text,
  content_hash    text,
  reliability     text,
  reliability_note text,
  licence         text,
  tsv             tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sources_tsv ON sources USING gin (tsv);
CREATE INDEX sources_hash ON sources (content_hash);

CREATE TABLE entities (
  id           text PRIMARY KEY,
  ref          text UNIQUE,
  kind         text NOT NULL,
  name         text NOT NULL,
  description  text,
  lat          double precision,
  lon          double precision,
  merged_into  text REFERENCES entities(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_kind ON entities (kind);

-- Every name an entity goes by (its own name included), with where it is attested.
CREATE TABLE aliases (
  entity_id  text NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name       text NOT NULL,
  norm       text NOT NULL,           -- normalised key (src/resolve normalise)
  source_id  text REFERENCES sources(id),
  note       text,
  PRIMARY KEY (entity_id, name)
);
CREATE INDEX aliases_norm_trgm ON aliases USING gin (norm gin_trgm_ops);
CREATE INDEX aliases_norm ON aliases (norm);

CREATE TABLE external_ids (
  entity_id  text NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  scheme     text NOT NULL,
  value      text NOT NULL,
  source_id  text REFERENCES sources(id),
  quote      text,
  PRIMARY KEY (entity_id, scheme, value)
);
CREATE INDEX external_ids_value ON external_ids (scheme, value);

CREATE TABLE events (
  id           text PRIMARY KEY,
  ref          text UNIQUE,
  name         text NOT NULL,
  kind         text NOT NULL,
  date_start   text,
  date_end     text,
  precision    text,
  place_id     text REFERENCES entities(id),
  place_name   text,
  description  text,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE casualties (
  event_id     text NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  kind         text NOT NULL,
  value        integer NOT NULL,
  reported_by  text,
  source_id    text NOT NULL REFERENCES sources(id),
  quote        text,
  PRIMARY KEY (event_id, kind, source_id, value)
);

CREATE TABLE mentions (
  id          text PRIMARY KEY,
  source_id   text NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  span_start  integer NOT NULL,
  span_end    integer NOT NULL,
  surface     text NOT NULL,
  type        text NOT NULL,
  entity_id   text REFERENCES entities(id),
  canonical   text,
  known       boolean NOT NULL DEFAULT false
);
CREATE INDEX mentions_source ON mentions (source_id, span_start);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- Claims are the graph's edges: subject → object, each with its claimant, source and quote.
CREATE TABLE claims (
  id             text PRIMARY KEY,
  ref            text UNIQUE,
  subject_id     text,
  subject_name   text NOT NULL,
  predicate      text NOT NULL,
  object_kind    text NOT NULL,          -- entity | event | place | literal
  object_id      text,
  object_value   text,
  date_start     text,
  date_end       text,
  precision      text,
  where_id       text,
  where_name     text,
  claimant_id    text,
  claimant_name  text NOT NULL,
  source_id      text NOT NULL REFERENCES sources(id),
  quote          text NOT NULL,
  span_start     integer,
  span_end       integer,
  negated        boolean NOT NULL DEFAULT false,
  hedged         boolean NOT NULL DEFAULT false,
  status         text NOT NULL DEFAULT 'proposed',
  confidence     double precision NOT NULL DEFAULT 0.5,
  credibility    text,
  version        integer NOT NULL DEFAULT 1,   -- bumped on every change: stale review actions are refused
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_subject ON claims (subject_id, predicate);
CREATE INDEX claims_object ON claims (object_id, predicate);
CREATE INDEX claims_source ON claims (source_id);
CREATE INDEX claims_status ON claims (status);

CREATE TABLE evidence (
  id              text PRIMARY KEY,
  claim_id        text NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  other_claim_id  text REFERENCES claims(id) ON DELETE CASCADE,
  source_id       text REFERENCES sources(id),
  stance          text NOT NULL,
  quote           text,
  note            text,
  origin          text NOT NULL DEFAULT 'automatic',
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_claim ON evidence (claim_id);

-- Append-only: the current verdict of a claim is its latest row; earlier rows are its history.
CREATE TABLE verdicts (
  id            text PRIMARY KEY,
  claim_id      text NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  rating        text NOT NULL,
  rationale     text NOT NULL,
  evidence_ids  jsonb NOT NULL DEFAULT '[]',
  reviewer      text,
  suggested     boolean NOT NULL DEFAULT false,
  decided_at    timestamptz NOT NULL
);
CREATE INDEX verdicts_claim ON verdicts (claim_id, decided_at);

CREATE TABLE source_ratings (
  id           bigserial PRIMARY KEY,
  source_id    text NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  reliability  text NOT NULL,
  note         text,
  rated_by     text NOT NULL,
  rated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX source_ratings_source ON source_ratings (source_id, rated_at);

CREATE TABLE list_versions (
  id           text PRIMARY KEY,
  list         text NOT NULL,
  published    text,
  file_hash    text NOT NULL,
  file_name    text NOT NULL,
  entry_count  integer NOT NULL,
  added        jsonb NOT NULL DEFAULT '[]',   -- list_refs new in this version
  removed      jsonb NOT NULL DEFAULT '[]',   -- list_refs gone since the previous version
  imported_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX list_versions_list ON list_versions (list, imported_at);

CREATE TABLE list_entries (
  id           text PRIMARY KEY,
  list         text NOT NULL,
  list_ref     text NOT NULL,
  kind         text NOT NULL,
  primary_name text NOT NULL,
  programmes   jsonb NOT NULL DEFAULT '[]',
  listed_on    text,
  details      jsonb NOT NULL DEFAULT '{}',
  remarks      text,
  version_id   text NOT NULL REFERENCES list_versions(id),  -- the latest version that contains it
  delisted_in  text REFERENCES list_versions(id),           -- set when a later version no longer has it
  UNIQUE (list, list_ref)
);

CREATE TABLE list_names (
  entry_id  text NOT NULL REFERENCES list_entries(id) ON DELETE CASCADE,
  name      text NOT NULL,
  norm      text NOT NULL,
  type      text NOT NULL,
  quality   text NOT NULL,
  lang      text,
  PRIMARY KEY (entry_id, name)
);
CREATE INDEX list_names_norm_trgm ON list_names USING gin (norm gin_trgm_ops);
CREATE INDEX list_names_norm ON list_names (norm);

CREATE TABLE measures (
  id              text PRIMARY KEY,
  ref             text UNIQUE,
  actor_id        text NOT NULL REFERENCES entities(id),
  authority_id    text REFERENCES entities(id),
  authority_name  text NOT NULL,
  kind            text NOT NULL,
  kind_detail     text,
  status          text NOT NULL,
  date_start      text,
  date_end        text,
  reference       text,
  legal_basis     text,
  source_id       text REFERENCES sources(id),
  quote           text,
  list_entry_id   text REFERENCES list_entries(id),
  note            text
);
CREATE INDEX measures_actor ON measures (actor_id, authority_id);

CREATE TABLE measure_evidence (
  measure_id  text NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  source_id   text NOT NULL REFERENCES sources(id),
  quote       text NOT NULL,
  PRIMARY KEY (measure_id, source_id, quote)
);

CREATE TABLE demands (
  id            text PRIMARY KEY,
  source_id     text NOT NULL REFERENCES sources(id),
  measure_kind  text NOT NULL,
  of_whom       text,
  against_id    text REFERENCES entities(id),
  against_name  text,
  quote         text NOT NULL,
  span_start    integer,
  span_end      integer
);

CREATE TABLE merge_decisions (
  id           text PRIMARY KEY,
  kept_id      text NOT NULL REFERENCES entities(id),
  merged_id    text NOT NULL REFERENCES entities(id),
  status       text NOT NULL,
  score        double precision,
  explanation  jsonb,
  snapshot     jsonb,           -- what the merge moved, so it can be undone
  decided_by   text,
  decided_at   timestamptz,
  version      integer NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor        text NOT NULL,
  action       text NOT NULL,
  target_type  text NOT NULL,
  target_id    text NOT NULL,
  before       jsonb,
  after        jsonb,
  note         text
);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
