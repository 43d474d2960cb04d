/**
 * Files the editor picked in a native dialog, handed to the renderer as opaque tokens so that
 * the renderer can import them one by one (with progress) without ever naming a path.
 */
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChosenFile } from '../../shared/contract';
import { UserError } from '../ipc/errors';

/** How long a token stays valid after the dialog closed. */
const TOKEN_LIFETIME_MS = 30 * 60 * 1000;

export class ChosenFiles {
  private readonly paths = new Map<string, { path: string; expires: number }>();

  /** Registers picked paths and returns their tokens. */
  async register(paths: readonly string[], now = Date.now()): Promise<ChosenFile[]> {
    this.prune(now);
    const chosen: ChosenFile[] = [];
    for (const path of paths) {
      const token = randomBytes(16).toString('hex');
      const size = await stat(path).then(
        (s) => s.size,
        () => 0,
      );
      this.paths.set(token, { path, expires: now + TOKEN_LIFETIME_MS });
      chosen.push({ token, name: basename(path), size });
    }
    return chosen;
  }

  /** The path behind a token, once: a token cannot be replayed. */
  take(token: string, now = Date.now()): string {
    this.prune(now);
    const entry = this.paths.get(token);
    if (!entry) {
      throw new UserError(
        'unknown-file',
        '找不到所选文件，请重新选择。',
        'That file choice has expired; please choose the file again.',
      );
    }
    this.paths.delete(token);
    return entry.path;
  }

  private prune(now: number): void {
    for (const [token, entry] of this.paths) if (entry.expires < now) this.paths.delete(token);
  }
}
