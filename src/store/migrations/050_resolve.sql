-- Screening and entity resolution (src/resolve).
-- A second cheap candidate path beside the trigram index: names written with or without spaces
-- (ISISK / ISIS-K, Hizbul / Hizb ul) meet on their compact form.
CREATE INDEX IF NOT EXISTS list_names_compact ON list_names ((replace(norm, ' ', '')));
CREATE INDEX IF NOT EXISTS aliases_compact ON aliases ((replace(norm, ' ', '')));
CREATE INDEX IF NOT EXISTS list_entries_list ON list_entries (list, list_ref);
CREATE INDEX IF NOT EXISTS merge_decisions_status ON merge_decisions (status);
CREATE INDEX IF NOT EXISTS external_ids_scheme ON external_ids (scheme);
