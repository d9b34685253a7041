-- Covering btree indexes for walking the graph in either direction with index-only scans
-- (claims are the graph's edges; see bench/store.bench.ts).
CREATE INDEX claims_edge_out ON claims (subject_id, object_kind, object_id);
CREATE INDEX claims_edge_in ON claims (object_id, object_kind, subject_id);
