/**
 * Turning thrown errors into sentences for the editor. Known errors carry a sentence already;
 * anything else becomes a generic sentence (the details go to the log, never to the screen).
 */
import type { ContractError } from '../../shared/contract';
import { WriteBackRefused } from '../services/page-service';
import { WorkspaceError } from '../workspace/errors';

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

/** zh-CN sentences for the importers' reasons; `{name}` is the file's name. */
const IMPORT_ZH: Record<string, string> = {
  missing: '找不到文件“{name}”。',
  'not-a-file': '“{name}”不是一个文件。',
  'too-large': '文件“{name}”超过 200 MB，无法导入。',
  'unknown-type': '无法识别“{name}”的格式；支持 txt、docx、ALTO、PAGE-XML 和 hOCR。',
  damaged: '文件“{name}”已损坏，无法读取。',
  binary: '“{name}”是二进制数据，不是文本稿件。',
  undecodable: '无法识别“{name}”的文字编码；可在导入时指定编码。',
  unsafe: '文件“{name}”含有不安全的内容（如外部实体或压缩炸弹），已拒绝导入。',
};

/** zh-CN sentences for the workspace's error codes. */
const WORKSPACE_ZH: Record<string, string> = {
  locked: '工作区正被另一个 Galley 进程使用，请先在那里关闭。',
  'lock-lost': '工作区的锁已失效，请重新打开 Galley。',
  'read-only': '工作区以只读方式打开，无法保存。',
  closed: '工作区已关闭。',
  'newer-schema': '工作区由更新版本的 Galley 创建，请升级后再打开。',
  damaged: '工作区索引已损坏；已保留备份，请重新打开以修复。',
  'not-found': '找不到该期稿件或版本。',
  ambiguous: '编号不唯一，请输入更长的编号。',
  trashed: '该期稿件在回收站中，请先恢复。',
  'missing-text': '找不到该版本的文本文件。',
  'corrupt-text': '该版本的文本文件已损坏（校验不符）。',
  'malformed-text': '该版本的文本文件无法读取。',
  'invalid-input': '输入无效。',
};

/** An import failure as a sentence naming the file, in both languages. */
export function importFailure(error: unknown, name: string): unknown {
  if (!(error instanceof Error) || error.name !== 'ImportError') return error;
  const reason = String((error as Error & { reason?: unknown }).reason ?? 'damaged');
  const zh = (IMPORT_ZH[reason] ?? IMPORT_ZH.damaged).replace('{name}', name);
  return new UserError(reason, zh, error.message);
}

/** A refused write-back into an OCR format as a sentence in both languages; anything else as is. */
export function writeBackFailure(error: unknown): unknown {
  if (!(error instanceof WriteBackRefused)) return error;
  const { from, to } = error;
  if (from === null) {
    const zh = `这期稿件不是从 ALTO、PAGE-XML 或 hOCR 导入的，没有可写回的 ${to} 原文件。`;
    return new UserError('no-pages', zh, error.message);
  }
  const zh = `这期稿件是从 ${from} 导入的，只能写回 ${from}，不能写成 ${to}。`;
  return new UserError('wrong-format', zh, error.message);
}

/** zh-CN sentences for a page scan that cannot be read; `{name}` is the image's name. */
const SCAN_ZH: Record<string, string> = {
  missing: '找不到图像“{name}”。',
  'unknown-type': '“{name}”不是 Galley 能读取的图像（支持 PNG、JPEG 和 TIFF）。',
  damaged: '图像“{name}”已损坏或无法解码。',
};

/** A page scan that cannot be read, as a sentence naming the image, in both languages. */
export function scanFailure(error: unknown, name: string): unknown {
  if (!(error instanceof Error) || error.name !== 'ImportError') return error;
  const reason = String((error as Error & { reason?: unknown }).reason ?? 'damaged');
  const zh = (SCAN_ZH[reason] ?? SCAN_ZH.damaged).replace('{name}', name);
  return new UserError(reason, zh, error.message);
}

export function toContractError(error: unknown): ContractError {
  if (error instanceof UserError) {
    return { code: error.code, message: { 'zh-CN': error.zh, en: error.message } };
  }
  if (error instanceof WorkspaceError) {
    // Rule lists (RulesError) name their problems: the sentence itself says more than the code.
    const zh = error.name === 'RulesError' ? undefined : WORKSPACE_ZH[error.code];
    return { code: error.code, message: { 'zh-CN': zh ?? error.message, en: error.message } };
  }
  if (
    error instanceof Error &&
    (error.name === 'ImportError' || error.name === 'DecodeError' || error.name === 'ExportError')
  ) {
    const reason = (error as Error & { reason?: unknown }).reason;
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
