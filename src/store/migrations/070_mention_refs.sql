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

CREATE FUNCTION mentions_check_refs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT n.id, 'source ' || n.source_id AS target INTO bad
    FROM new_mentions n LEFT JOIN sources s ON s.id = n.source_id
   WHERE s.id IS NULL LIMIT 1;
  IF NOT FOUND THEN
    SELECT n.id, 'entity ' || n.entity_id AS target INTO bad
      FROM new_mentions n LEFT JOIN entities e ON e.id = n.entity_id
     WHERE n.entity_id IS NOT NULL AND e.id IS NULL LIMIT 1;
  END IF;
  IF FOUND THEN
    RAISE EXCEPTION 'insert or update on table "mentions" violates foreign key: mention % names %, which is not in the store',
      bad.id, bad.target USING ERRCODE = 'foreign_key_violation', TABLE = 'mentions';
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
