/**
 * CPU time of the browser's renderer processes (DevTools `SystemInfo.getProcessInfo`), so a bench
 * on a shared machine can report the work a page did beside the wall-clock time it took.
 * Times are milliseconds of CPU (Chromium reports them in 10 ms steps on Linux).
 */
import type { Browser } from 'playwright-core';

/** CPU time so far of each renderer process, by process id, in milliseconds. */
export async function rendererCpu(browser: Browser): Promise<Map<number, number>> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number; cpuTime: number }[];
    };
    return new Map(
      processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime * 1000]),
    );
  } finally {
    await cdp.detach();
  }
}

/**
 * The CPU time the busiest renderer spent between two readings (the page's own renderer: the
 * others are idle); a process born in between counts from zero.
 */
export function busiestDelta(before: Map<number, number>, after: Map<number, number>): number {
  let most = 0;
  for (const [pid, cpu] of after) most = Math.max(most, cpu - (before.get(pid) ?? 0));
  return most;
}
