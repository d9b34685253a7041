// A gazetteer entry for tests' own small gazetteers (invented names; the canonical name defaults to the name).
import type { GazetteerEntry } from '../../src/extract/index.ts';

export const entry = (name: string, type: 'organization' | 'person' | 'place', canonical = name): GazetteerEntry => ({ name, canonical, type, entity_kind: type, entity_id: null });
