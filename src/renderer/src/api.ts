/**
 * Typed access to `window.galley` (the preload's API in Electron, the HTTP bridge's client in a
 * plain browser) and the one way screens call it: `unwrap` turns a failed Result into an
 * `ApiError` carrying the contract's sentence; `sentenceOf` turns any error into a sentence in the
 * interface language, never a stack trace.
 */
import type { Locale, Message } from '../../core/finding';
import type { ContractError, GalleyApi, Result } from '../../shared/contract';

/** A failed contract call: the main side's code and its sentence in every language. */
export class ApiError extends Error {
  constructor(readonly error: ContractError) {
    super(error.message.en);
    this.name = 'ApiError';
  }
}

const NO_BRIDGE: ContractError = {
  code: 'no-bridge',
  message: { 'zh-CN': '无法连接到后台服务。', en: 'Cannot reach the background service.' },
};

/** An API whose every call fails with NO_BRIDGE, for a page opened without preload or bridge. */
function missingApi(): GalleyApi {
  const fail = async (): Promise<Result<never>> => ({ ok: false, error: NO_BRIDGE });
  const namespace = new Proxy({}, { get: () => fail });
  return new Proxy({}, { get: () => namespace }) as GalleyApi;
}

/** The API on `window.galley`, or one that reports "cannot reach the background service". */
export function getApi(): GalleyApi {
  const api = (window as unknown as { galley?: GalleyApi }).galley;
  return api ?? missingApi();
}

/** The value of a successful call; throws `ApiError` for a failed one. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch {
    throw new ApiError(NO_BRIDGE);
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new ApiError(NO_BRIDGE);
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

const UNKNOWN: Message = {
  'zh-CN': '操作没有完成，请再试一次。',
  en: 'That did not work. Please try again.',
};

/**
 * The sentence an editor sees for `error`: the contract's message for an `ApiError`, a generic
 * sentence for anything else (programming errors never reach the screen as text).
 */
export function sentenceOf(error: unknown, locale: Locale): string {
  const message = error instanceof ApiError ? error.error.message : UNKNOWN;
  return message[locale] || message['zh-CN'];
}
