// Types for the vendored scorer (score.mjs is kept byte-identical to the annotated set's scorer).
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export function score(gold: unknown[], pred: unknown[]): Record<string, Counts>;
export function prf(c: Counts): { p: number; r: number; f: number };
export function norm(s: string): string;
export function canon(s: string): string;
export function actionMatch(a: string, b: string): boolean;
export const ALIASES: Record<string, string[]>;
