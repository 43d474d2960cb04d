/**
 * Transport-agnostic dispatch of contract calls: validate the channel and the payload, call the
 * handler, wrap the outcome as a Result. Electron's ipcMain, the HTTP test bridge and the
 * in-memory test transport all go through here, so they behave the same.
 */
import type { z } from 'zod';
import {
  CHANNELS,
  requests,
  type Channel,
  type ContractError,
  type Response,
  type Result,
} from '../../shared/contract';
import { MAX_TEXT_CHARS, TOO_LARGE } from '../../shared/limits';
import { toContractError } from './errors';

/** One handler per channel; it receives the validated (parsed) request. */
export type Handlers = {
  readonly [C in Channel]: (
    request: z.output<(typeof requests)[C]>,
  ) => Promise<Response<C>> | Response<C>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

const CHANNEL_SET = new Set<string>(CHANNELS);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && CHANNEL_SET.has(value);
}

function failure(error: ContractError): Result<never> {
  return { ok: false, error };
}

/** Builds the dispatcher; it never throws and never leaks a stack trace. */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return failure({
        code: 'unknown-channel',
        message: { 'zh-CN': '未知的请求。', en: 'Unknown request.' },
      });
    }
    const parsed = requests[channel].safeParse(payload ?? {});
    if (!parsed.success) {
      // A text or a dropped file over the caps gets its own sentence: the editor can act on it.
      const tooLarge = parsed.error.issues.some(
        (issue) => issue.code === 'too_big' && Number(issue.maximum) >= MAX_TEXT_CHARS,
      );
      if (tooLarge) return failure(TOO_LARGE);
      return failure({
        code: 'invalid-request',
        message: {
          'zh-CN': `请求内容无效（${channel}）。`,
          en: `The request to ${channel} is not valid.`,
        },
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown> | unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return failure(toContractError(error));
    }
  };
}
