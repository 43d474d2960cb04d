/**
 * Ids of issues and versions: 10 random characters of lowercase Crockford base32 (50 bits),
 * short enough to type a unique prefix of, as with git hashes.
 */
import { randomBytes } from 'node:crypto';
import { WorkspaceError } from './errors';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_LENGTH = 10;

/** A new random id. */
export function newId(): string {
  const bytes = randomBytes(ID_LENGTH);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

/**
 * Finds the one candidate whose id is `ref` or starts with `ref` (case-insensitive).
 * Throws `not-found` or `ambiguous` with a sentence naming `what`.
 */
export function resolveByPrefix<T extends { readonly id: string }>(
  candidates: readonly T[],
  ref: string,
  what: string,
): T {
  const wanted = ref.trim().toLowerCase();
  if (wanted === '') throw new WorkspaceError('not-found', `No ${what} was named.`);
  const exact = candidates.find((c) => c.id === wanted);
  if (exact) return exact;
  const matches = candidates.filter((c) => c.id.startsWith(wanted));
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    throw new WorkspaceError('not-found', `No ${what} has an id starting with "${ref}".`);
  }
  const shown = matches
    .slice(0, 5)
    .map((c) => c.id)
    .join(', ');
  throw new WorkspaceError(
    'ambiguous',
    `"${ref}" matches ${matches.length} ${what}s (${shown}${matches.length > 5 ? ', …' : ''}); give more characters.`,
  );
}
