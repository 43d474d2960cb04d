/**
 * A progress bar on stderr, shown only when stderr is a terminal: piped or redirected output
 * gets nothing extra.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Removes the bar (call once, before printing anything else to stderr). */
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/** A bar counting `total` items, or a silent stand-in when stderr is not a TTY. */
export function createProgress(total: number, label: string): Progress {
  if (!process.stderr.isTTY || total === 0) return SILENT;
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} files | {duration_formatted}`,
    stream: process.stderr,
    clearOnComplete: true,
    hideCursor: true,
    barsize: 30,
  });
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
