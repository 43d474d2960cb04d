/**
 * How much one contract call may carry, with no dependency at all so the sandboxed preload can
 * bundle it. Electron copies every IPC message with the structured-clone serializer; a message
 * of hundreds of megabytes risks crashing it, so the preload refuses an oversized payload before
 * it crosses, and the main side's request schemas (contract.ts) enforce the same caps.
 */

/** The longest issue text a call may carry, in UTF-16 code units (16 Mi: a 10 MB issue is ~3.5 M). */
export const MAX_TEXT_CHARS = 16 * 1024 * 1024;

/** The largest file that may be dropped on the window (bigger ones go through Import). */
export const MAX_DROPPED_FILE_BYTES = 48 * 1024 * 1024;

/** `MAX_DROPPED_FILE_BYTES` as base64 characters (4 per 3 bytes). */
export const MAX_DROPPED_FILE_BASE64 = Math.ceil(MAX_DROPPED_FILE_BYTES / 3) * 4;

/** The most string characters one payload may hold in all (the preload's check, before IPC). */
export const MAX_PAYLOAD_CHARS = MAX_DROPPED_FILE_BASE64 + 1024 * 1024;

/** The error code and sentence for a payload over the caps (zh-CN and en). */
export const TOO_LARGE = {
  code: 'too-large',
  message: {
    'zh-CN':
      '内容太大，超出一次请求的上限（文本 16 Mi 字符，拖入的文件 48 MiB）；更大的文件请用“导入”选择。',
    en: 'Too large for one request (text up to 16 Mi characters, a dropped file up to 48 MiB); choose larger files with Import.',
  },
} as const;

/**
 * The number of string characters in `payload` (keys and values, nested), stopping as soon as it
 * passes `limit`, so a huge payload is not walked to its end.
 */
export function payloadChars(payload: unknown, limit = MAX_PAYLOAD_CHARS): number {
  let total = 0;
  const stack: unknown[] = [payload];
  while (stack.length > 0 && total <= limit) {
    const value = stack.pop();
    if (typeof value === 'string') total += value.length;
    else if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        total += key.length;
        stack.push(item);
      }
    }
  }
  return total;
}
