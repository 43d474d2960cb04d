/** The analysis worker: runs the engine off the page's thread so typing never waits for it. */
import { analyseRequest, type AnalysisReply, type AnalysisRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(reply: AnalysisReply, transfer: ArrayBuffer[]): void;
};

scope.onmessage = (event) => {
  void analyseRequest(event.data).then((reply) => {
    const transfer = reply.ok
      ? [reply.findings.text.buffer, reply.findings.spans.buffer, reply.findings.flags.buffer]
      : [];
    scope.postMessage(reply, transfer as ArrayBuffer[]);
  });
};
