/** The analysis worker: runs the engine off the page's thread so typing never waits for it. */
import { analyseRequest, type AnalysisReply, type AnalysisRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(reply: AnalysisReply): void;
};

scope.onmessage = (event) => {
  void analyseRequest(event.data).then((reply) => scope.postMessage(reply));
};
