/**
 * The original follows the editor: when the working text scrolls, the original scrolls to the
 * same place. The texts differ (joined paragraphs, dropped duplicates), so the place is found by
 * the text of the editor's top line, looked for near the proportional position in the original.
 */
import type { EditorView } from '@codemirror/view';

/** How far from the proportional estimate the top line's text is looked for, in characters. */
const SEARCH_RADIUS = 4000;
/** The top line's first run of 4–12 letters or digits identifies it (marks may differ). */
const PROBE = /[\p{L}\p{N}]{4,12}/u;

/**
 * The offset in `original` of the place the working text's offset `pos` (whose line reads
 * `lineText` from `pos`) corresponds to: the occurrence of the line's opening nearest the
 * proportional estimate, else the estimate.
 */
export function originalOffset(
  working: { readonly length: number },
  pos: number,
  lineText: string,
  original: string,
): number {
  const estimate = Math.round((pos / Math.max(1, working.length)) * original.length);
  const probe = PROBE.exec(lineText)?.[0];
  if (probe === undefined) return Math.min(estimate, original.length);
  let best = -1;
  const from = Math.max(0, estimate - SEARCH_RADIUS);
  const to = Math.min(original.length, estimate + SEARCH_RADIUS);
  for (let at = original.indexOf(probe, from); at !== -1 && at <= to;) {
    if (best === -1 || Math.abs(at - estimate) < Math.abs(best - estimate)) best = at;
    at = original.indexOf(probe, at + 1);
  }
  return best === -1 ? Math.min(estimate, original.length) : best;
}

/** Makes `follower` scroll with `leader`; returns the function that stops it. */
export function followScroll(leader: EditorView, follower: EditorView): () => void {
  let frame = 0;
  const sync = () => {
    frame = 0;
    const scroller = leader.scrollDOM;
    const height = scroller.getBoundingClientRect().top - leader.documentTop;
    const block = leader.lineBlockAtHeight(Math.max(0, height));
    const line = leader.state.doc.lineAt(block.from);
    const target = originalOffset(
      leader.state.doc,
      line.from,
      line.text,
      follower.state.doc.toString(),
    );
    const top = follower.lineBlockAt(target).top;
    follower.scrollDOM.scrollTop = top;
  };
  const onScroll = () => {
    if (frame === 0) frame = requestAnimationFrame(sync);
  };
  leader.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
  sync();
  return () => {
    leader.scrollDOM.removeEventListener('scroll', onScroll);
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
