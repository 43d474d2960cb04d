/**
 * Turning thrown errors into sentences for the editor. Known errors carry a sentence already;
 * anything else becomes a generic sentence (the details go to the log, never to the screen).
 */
import type { ContractError } from '../../shared/contract';

/** An error whose message is meant for the editor, in both interface languages. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    en: string,
  ) {
    super(en);
    this.name = 'UserError';
  }
}

/** Error classes of the services whose `message` is already a sentence for a person. */
const READABLE = new Set([
  'ImportError',
  'DecodeError',
  'WorkspaceError',
  'WorkspaceLockedError',
  'ExportError',
]);

export function toContractError(error: unknown): ContractError {
  if (error instanceof UserError) {
    return { code: error.code, message: { 'zh-CN': error.zh, en: error.message } };
  }
  if (error instanceof Error && READABLE.has(error.name)) {
    const reason =
      (error as Error & { reason?: unknown; code?: unknown }).reason ??
      (error as { code?: unknown }).code;
    return {
      code: typeof reason === 'string' ? reason : error.name,
      message: { 'zh-CN': error.message, en: error.message },
    };
  }
  console.error(error);
  return {
    code: 'internal',
    message: {
      'zh-CN': '操作没有完成：出现了意外错误。您的工作副本没有丢失。',
      en: 'The operation did not complete because of an unexpected error. Your working copy is safe.',
    },
  };
}
