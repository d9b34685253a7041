// The resolve capability's front door.
export { normaliseName } from './normalise.ts';
