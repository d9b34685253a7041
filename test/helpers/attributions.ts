// An attribution as the tests compare it: actor, action and target (who said so is tested apart).
import type { Extraction } from '../../src/extract/index.ts';

export const triple = (a: Extraction['attributions'][number]) => [a.actor, a.action, a.target_or_event];
