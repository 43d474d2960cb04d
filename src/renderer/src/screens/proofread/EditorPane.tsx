/** Hosts the session's CodeMirror view (the view's DOM is the session's; this only places it). */
import { useEffect, useRef } from 'react';
import type { ProofreadSession } from './session';

/** The session's editor, placed in the page (data-testid="editor"). */
export function EditorPane({ session }: { readonly session: ProofreadSession }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    element.appendChild(session.view.dom);
    session.view.requestMeasure();
    return () => session.view.dom.remove();
  }, [session]);
  return <div ref={host} className="editor-pane" data-testid="editor" />;
}
