// The model's front door: schemas, types, vocabularies, ids and errors.
export * from './schemas.ts';
export * from './vocab.ts';
export * from './ids.ts';
export * from './errors.ts';
