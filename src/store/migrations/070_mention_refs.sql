-- Ingest speed (issue 4): a mention's two references (its source, its entity) are checked once per
-- statement instead of once per row. A news article has about 70 mentions, and the two foreign keys ran
-- a lookup and a row lock per mention: a third of what writing a mention cost on PGlite. These triggers
-- check the same references for every row a statement wrote, with one join each, and keep what the keys
-- did on the other side: deleting a source deletes its mentions (the key was ON DELETE CASCADE), and a
-- source or entity that mentions still name cannot be deleted or given another id. Unlike a key, the check
-- locks no source or entity row; nothing in Dossier deletes or re-keys either. The errors carry the
-- foreign-key SQLSTATE (23503).
ALTER TABLE mentions DROP CONSTRAINT mentions_source_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT mentions_entity_id_fkey;

-- The distinct ids first (a batch of 50 articles names 50 sources and a few dozen entities among its
-- ~3,500 mentions), then one index probe each: the plan stays an index lookup however large the tables
-- grow (PGlite has no autovacuum to refresh a cached plan's statistics).
CREATE FUNCTION mentions_check_refs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  missing text;
  what text;
  mention text;
BEGIN
  SELECT array_agg(DISTINCT source_id) INTO ids FROM new_mentions;
  SELECT x INTO missing FROM unnest(ids) AS x WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = x) LIMIT 1;
  IF missing IS NOT NULL THEN
    what := 'source';
  ELSE
    SELECT array_agg(DISTINCT entity_id) INTO ids FROM new_mentions WHERE entity_id IS NOT NULL;
    SELECT x INTO missing FROM unnest(ids) AS x WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = x) LIMIT 1;
    what := 'entity';
  END IF;
  IF missing IS NOT NULL THEN
    SELECT n.id INTO mention FROM new_mentions n
     WHERE (what = 'source' AND n.source_id = missing) OR (what = 'entity' AND n.entity_id = missing) LIMIT 1;
    RAISE EXCEPTION 'insert or update on table "mentions" violates foreign key: mention % names % %, which is not in the store',
      mention, what, missing USING ERRCODE = 'foreign_key_violation', TABLE = 'mentions';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER mentions_check_refs_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS new_mentions
  FOR EACH STATEMENT EXECUTE FUNCTION mentions_check_refs();
CREATE TRIGGER mentions_check_refs_update AFTER UPDATE ON mentions REFERENCING NEW TABLE AS new_mentions
  FOR EACH STATEMENT EXECUTE FUNCTION mentions_check_refs();

-- The other side, row by row as the keys did it (rare: nothing in Dossier deletes or re-keys these rows).
CREATE FUNCTION sources_delete_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM mentions WHERE source_id = OLD.id;
  RETURN NULL;
END $$;

CREATE TRIGGER sources_delete_mentions AFTER DELETE ON sources
  FOR EACH ROW EXECUTE FUNCTION sources_delete_mentions();

CREATE FUNCTION mentions_keep_target() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id IS NOT DISTINCT FROM OLD.id THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'sources' THEN
    PERFORM 1 FROM mentions WHERE source_id = OLD.id LIMIT 1;
  ELSE
    PERFORM 1 FROM mentions WHERE entity_id = OLD.id LIMIT 1;
  END IF;
  IF FOUND THEN
    RAISE EXCEPTION 'update or delete on table "%" violates foreign key: mentions still name %', TG_TABLE_NAME, OLD.id
      USING ERRCODE = 'foreign_key_violation', TABLE = 'mentions';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER sources_keep_mentioned AFTER UPDATE OF id ON sources
  FOR EACH ROW EXECUTE FUNCTION mentions_keep_target();
CREATE TRIGGER entities_keep_mentioned AFTER UPDATE OF id OR DELETE ON entities
  FOR EACH ROW EXECUTE FUNCTION mentions_keep_target();
