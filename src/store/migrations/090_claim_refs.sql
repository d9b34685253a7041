-- Ingest speed (issue 4): a claim's source is checked once per statement instead of once per row, as
-- migration 070 did for mentions. A news article gives about 13 claims, all naming its source, and the
-- foreign key ran a lookup and a row lock for each. The trigger below checks the distinct sources of every
-- row an INSERT wrote, one index probe each, and takes the lock the key took (FOR KEY SHARE, once per
-- source rather than once per claim), so a concurrent delete of the source still waits for the claim's
-- transaction and then fails. What the key did on the other side is kept: a source that claims name
-- cannot be deleted or given another id (the key was NO ACTION). The errors carry the foreign-key
-- SQLSTATE (23503).
ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_source_id_fkey;

CREATE OR REPLACE FUNCTION claims_check_source() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  x text;
  claim text;
BEGIN
  IF TG_LEVEL = 'ROW' THEN
    ids := ARRAY[NEW.source_id];
  ELSE
    SELECT array_agg(DISTINCT source_id) INTO ids FROM new_claims;
  END IF;
  -- One probe per source (a batch of 50 articles names 50): the plan is the primary key's, whatever
  -- statistics the table has (PGlite has no autovacuum).
  FOREACH x IN ARRAY coalesce(ids, '{}') LOOP
    PERFORM 1 FROM sources WHERE id = x FOR KEY SHARE;
    IF NOT FOUND THEN
      IF TG_LEVEL = 'ROW' THEN
        claim := NEW.id;
      ELSE
        SELECT n.id INTO claim FROM new_claims n WHERE n.source_id = x LIMIT 1;
      END IF;
      RAISE EXCEPTION 'insert or update on table "claims" violates foreign key: claim % names source %, which is not in the store',
        claim, x USING ERRCODE = 'foreign_key_violation', TABLE = 'claims';
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS claims_check_source_insert ON claims;
CREATE TRIGGER claims_check_source_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_claims
  FOR EACH STATEMENT EXECUTE FUNCTION claims_check_source();
-- An update is checked row by row, and only when it changes the source: the verification refresh and
-- review update claims in bulk without touching it, and then no trigger runs at all.
DROP TRIGGER IF EXISTS claims_check_source_update ON claims;
CREATE TRIGGER claims_check_source_update AFTER UPDATE OF source_id ON claims
  FOR EACH ROW WHEN (NEW.source_id IS DISTINCT FROM OLD.source_id) EXECUTE FUNCTION claims_check_source();

-- The other side, row by row as the key did it (rare: nothing in Dossier deletes or re-keys a source).
CREATE OR REPLACE FUNCTION claims_keep_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM claims WHERE source_id = OLD.id LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'update or delete on table "sources" violates foreign key: claims still name %', OLD.id
      USING ERRCODE = 'foreign_key_violation', TABLE = 'claims';
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS sources_keep_claimed_delete ON sources;
CREATE TRIGGER sources_keep_claimed_delete AFTER DELETE ON sources
  FOR EACH ROW EXECUTE FUNCTION claims_keep_source();
DROP TRIGGER IF EXISTS sources_keep_claimed_update ON sources;
CREATE TRIGGER sources_keep_claimed_update AFTER UPDATE OF id ON sources
  FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION claims_keep_source();
