// The API token: a random secret in <dataDir>/token (mode 0600), created once (`dossier init` prints it),
// required as `Authorization: Bearer <token>` on every write.
import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_FILE = 'token';

export interface TokenResult {
  token: string;
  /** True when this call created the token (print it once, then never again). */
  created: boolean;
  path: string;
}

/** Returns the data directory's token, creating it (atomically, mode 0600) when there is none. */
export function ensureToken(dataDir: string): TokenResult {
  const path = join(dataDir, TOKEN_FILE);
  const existing = readToken(dataDir);
  if (existing) return { token: existing, created: false, path };
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(tmp, 0o600); // in case the umask narrowed it differently
  renameSync(tmp, path);
  return { token, created: true, path };
}

/** The token in <dataDir>/token, or null when there is none. */
export function readToken(dataDir: string): string | null {
  try {
    const t = readFileSync(join(dataDir, TOKEN_FILE), 'utf8').trim();
    return t.length > 0 ? t : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
