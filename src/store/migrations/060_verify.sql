-- Verification: reviews of contradictions (which are computed, not stored) and an index for automatic
-- evidence. Append-only: the current review of a contradiction is its latest row.
CREATE TABLE contradiction_reviews (
  id                text PRIMARY KEY,
  contradiction_id  text NOT NULL,
  kind              text NOT NULL,
  status            text NOT NULL,            -- accepted (a real disagreement) | rejected (not one)
  version           integer NOT NULL,         -- the version the reviewer saw; the next review needs version + 1
  reviewer          text NOT NULL,
  note              text,
  snapshot          jsonb NOT NULL,           -- the contradiction as the reviewer saw it
  decided_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contradiction_reviews_cid ON contradiction_reviews (contradiction_id, version);
CREATE INDEX evidence_origin ON evidence (origin);
CREATE INDEX measures_list_entry ON measures (list_entry_id);
