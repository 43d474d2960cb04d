/**
 * The parts of the UI bench that run inside the page (passed to playwright's `page.evaluate`,
 * so each function is self-contained). Times are milliseconds on the page's performance clock.
 *
 * "Painted" means: the state was in the DOM when a frame's requestAnimationFrame callbacks ran,
 * and a message posted from there has been delivered, which happens after that frame's paint.
 */

/** The few browser globals these functions touch (the node typecheck has no DOM lib). */
interface PageGlobals {
  document: {
    querySelector(selector: string): { dispatchEvent(event: object): boolean } | null;
  };
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  MouseEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean }) => object;
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(message: unknown): void };
  };
  addEventListener(
    type: 'keydown',
    listener: (event: {
      key: string;
      timeStamp: number;
      ctrlKey: boolean;
      altKey: boolean;
      metaKey: boolean;
    }) => void,
    capture: boolean,
  ): void;
  galleyBenchKeys?: number[];
}

/** What `timeOpen` does and waits for. */
export interface OpenProbe {
  /** The element to click (or double-click) to open the text. */
  readonly trigger: string;
  readonly event: 'click' | 'dblclick';
  /** Selectors that must all match before the text counts as open. */
  readonly ready: readonly string[];
  /** Selectors that must all be absent (e.g. an "analysing" indicator). */
  readonly absent: readonly string[];
  readonly timeoutMs: number;
  /** Earlier states worth timing on the way, by name: selectors that must all match. */
  readonly milestones?: Readonly<Record<string, readonly string[]>>;
}

/** Milliseconds from the open event to the paint of the open state, and of each milestone. */
export interface OpenTiming {
  readonly millis: number;
  readonly milestones: Readonly<Record<string, number>>;
}

/**
 * Dispatches the open event on `trigger` and resolves with the milliseconds until the first
 * paint in which every `ready` selector matches and no `absent` one does (milestones: the first
 * frame in which their selectors matched, up to the start of that frame's rAF callbacks).
 */
export function timeOpen(probe: OpenProbe): Promise<OpenTiming> {
  const page = globalThis as unknown as PageGlobals;
  const doc = page.document;
  const target = doc.querySelector(probe.trigger);
  if (!target) throw new Error(`nothing matches ${probe.trigger}`);
  return new Promise((resolve, reject) => {
    const channel = new page.MessageChannel();
    const t0 = page.performance.now();
    const milestones: Record<string, number> = {};
    const check = () => {
      for (const [name, selectors] of Object.entries(probe.milestones ?? {})) {
        if (name in milestones) continue;
        if (selectors.every((s) => doc.querySelector(s) !== null)) {
          milestones[name] = page.performance.now() - t0;
        }
      }
      const done =
        probe.ready.every((s) => doc.querySelector(s) !== null) &&
        probe.absent.every((s) => doc.querySelector(s) === null);
      if (done) {
        channel.port1.onmessage = () =>
          resolve({ millis: page.performance.now() - t0, milestones });
        channel.port2.postMessage(null);
      } else if (page.performance.now() - t0 > probe.timeoutMs) {
        reject(new Error(`not open after ${probe.timeoutMs} ms`));
      } else page.requestAnimationFrame(check);
    };
    target.dispatchEvent(new page.MouseEvent(probe.event, { bubbles: true, cancelable: true }));
    page.requestAnimationFrame(check);
  });
}

/**
 * Starts recording, for every plain character key pressed, the milliseconds from the key
 * event's time stamp (when the browser received it) to the paint after it.
 */
export function installKeyProbe(): void {
  const page = globalThis as unknown as PageGlobals;
  const samples: number[] = [];
  page.galleyBenchKeys = samples;
  page.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) return;
      const stamp = event.timeStamp;
      page.requestAnimationFrame(() => {
        const channel = new page.MessageChannel();
        channel.port1.onmessage = () => samples.push(page.performance.now() - stamp);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/** True once the probe has seen more than `count` keystrokes painted. */
export function moreKeySamplesThan(count: number): boolean {
  return ((globalThis as unknown as PageGlobals).galleyBenchKeys?.length ?? 0) > count;
}

/** The keystroke-to-paint samples so far, in milliseconds. */
export function keySamples(): number[] {
  return [...((globalThis as unknown as PageGlobals).galleyBenchKeys ?? [])];
}
