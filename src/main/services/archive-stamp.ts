/**
 * A stamp of an archive's state for keying kept analyses (see findings-cache.ts): it changes
 * when the archive is refreshed (records rebuilt, repaired or dropped) and when its boilerplate
 * marks change. Saves need nothing here: they change the issues' heads, which the findings
 * cache keys on itself.
 */
import type { ArchiveService } from '../archive/archive-service';

/** `archive` (wrapped: use it in its place, so refreshes are counted) and its stamp. */
export function stampArchive(archive: ArchiveService): {
  readonly archive: ArchiveService;
  readonly stamp: () => string;
} {
  let refreshes = 0;
  const counted = new Proxy(archive, {
    get: (target, property, receiver) => {
      if (property === 'refresh') {
        return async () => {
          try {
            return await target.refresh();
          } finally {
            refreshes++;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const stamp = () =>
    `${refreshes}:${archive
      .boilerplate()
      .map((mark) => mark.id)
      .join()}`;
  return { archive: counted, stamp };
}
