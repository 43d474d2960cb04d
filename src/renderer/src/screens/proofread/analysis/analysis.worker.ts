/** The analysis worker: runs the engine off the page's thread so typing never waits for it. */
import {
  analyseRequest,
  type AnalysisProgress,
  type AnalysisReply,
  type AnalysisRequest,
} from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisReply | AnalysisProgress, transfer?: ArrayBuffer[]): void;
};

scope.onmessage = (event) => {
  const { seq } = event.data;
  // Said before each regex rule runs, so the page can stop one that runs too long.
  const onRegex = (regex: AnalysisProgress['regex']): void =>
    scope.postMessage({ seq, progress: true, regex });
  void analyseRequest(event.data, onRegex).then((reply) => {
    const transfer = reply.ok
      ? [reply.findings.text.buffer, reply.findings.spans.buffer, reply.findings.flags.buffer]
      : [];
    scope.postMessage(reply, transfer as ArrayBuffer[]);
  });
};
