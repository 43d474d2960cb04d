/**
 * The renderer's memory, two ways: the page's JavaScript heap (DevTools `Performance.getMetrics`
 * after a forced garbage collection; main thread only), and the private memory of the renderer
 * process (Linux /proc/<pid>/smaps_rollup: heap of every thread including workers, DOM, layout).
 * Sizes are bytes.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';

export interface PageMemory {
  /** JSHeapUsedSize after a full GC, bytes. */
  readonly jsHeapUsed: number;
  /** DOM nodes alive in the page. */
  readonly domNodes: number;
  /**
   * Private_Dirty of the largest renderer process of the page's browser (the page's own; the
   * other one Chromium keeps is a nearly empty spare), bytes; null where /proc is missing.
   */
  readonly rendererPrivate: number | null;
}

async function heap(page: Page): Promise<{ jsHeapUsed: number; domNodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { jsHeapUsed: metric('JSHeapUsedSize'), domNodes: metric('Nodes') };
  } finally {
    await cdp.detach();
  }
}

async function privateDirty(pid: number): Promise<number | null> {
  try {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Private_Dirty:\s+(\d+) kB/m.exec(rollup);
    return kb ? Number(kb[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function largestRenderer(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const sizes = await Promise.all(
      processInfo.filter((p) => p.type === 'renderer').map((p) => privateDirty(p.id)),
    );
    const known = sizes.filter((s): s is number => s !== null);
    return known.length > 0 ? Math.max(...known) : null;
  } finally {
    await cdp.detach();
  }
}

/** The memory of `page`, the only page open in `browser`. */
export async function pageMemory(browser: Browser, page: Page): Promise<PageMemory> {
  const { jsHeapUsed, domNodes } = await heap(page);
  return { jsHeapUsed, domNodes, rendererPrivate: await largestRenderer(browser) };
}
