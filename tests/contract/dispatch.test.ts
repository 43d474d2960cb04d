import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServices, type AppServices } from '../../src/main/app/container';
import { ScriptedPlatform } from '../../src/bridge/scripted-platform';
import type { OpenedIssue, Result } from '../../src/shared/contract';
import { decodeFindings } from '../../src/shared/findings-codec';

const SAMPLE = resolve('../shared/samples/hengyang-daily-2020-03-05.txt');

/** The contract over an in-memory transport: the same dispatch Electron's ipcMain calls. */
describe('contract dispatch (in memory)', () => {
  let folder: string;
  let platform: ScriptedPlatform;
  let services: AppServices;
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = (await services.dispatch(channel, payload)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message.en}`);
    return result.value;
  };

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-contract-'));
    platform = new ScriptedPlatform();
    services = await startServices(join(folder, 'workspace'), platform);
  });
  afterEach(async () => {
    await services.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses unknown channels and malformed payloads with a sentence', async () => {
    const unknown = await services.dispatch('fs.readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = await services.dispatch('issue.open', { issueId: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const extraPath = await services.dispatch('library.importChosen', { token: '' });
    expect(extraPath.ok).toBe(false);
  });

  it('imports a file only through the dialog, by token, once', async () => {
    platform.queueOpen([SAMPLE]);
    const chosen = await call<{ token: string; name: string }[]>('library.chooseFiles', {});
    expect(chosen.map((c) => c.name)).toEqual(['hengyang-daily-2020-03-05.txt']);
    const issue = await call<{ id: string; date: string }>('library.importChosen', {
      token: chosen[0].token,
    });
    expect(issue.date).toBe('2020-03-05');
    const replay = await services.dispatch('library.importChosen', { token: chosen[0].token });
    expect(replay).toMatchObject({ ok: false, error: { code: 'unknown-file' } });
    expect(await call<unknown[]>('library.list', {})).toHaveLength(1);
  });

  it('opens, saves, compares, restores and exports an issue', async () => {
    const bytes = Buffer.from('标题\n\n正文第一段,有半角逗号。', 'utf8');
    const issue = await call<{ id: string }>('library.importBytes', {
      name: 'draft.txt',
      base64: bytes.toString('base64'),
    });
    const opened = await call<{ head: { versionId: string; text: string }; recovered: unknown }>(
      'issue.open',
      { issueId: issue.id },
    );
    expect(opened.head.text).toBe('标题\n\n正文第一段,有半角逗号。');
    expect(opened.recovered).toBeNull();

    await call('issue.autosave', {
      issueId: issue.id,
      baseVersionId: opened.head.versionId,
      text: '标题\n\n正文第一段，有半角逗号。',
    });
    const reopened = await call<{ recovered: { text: string } | null }>('issue.open', {
      issueId: issue.id,
    });
    expect(reopened.recovered?.text).toBe('标题\n\n正文第一段，有半角逗号。');

    const v2 = await call<{ id: string; number: number }>('issue.save', {
      issueId: issue.id,
      text: '标题\n\n正文第一段，有半角逗号。',
      message: 'comma',
    });
    expect(v2.number).toBe(2);
    const cmp = await call<{ counts: { paragraphsChanged: number } }>('versions.compare', {
      issueId: issue.id,
      oldVersionId: opened.head.versionId,
      newVersionId: v2.id,
    });
    expect(cmp.counts.paragraphsChanged).toBe(1);
    const v3 = await call<{ number: number; origin: string }>('versions.restore', {
      issueId: issue.id,
      versionId: opened.head.versionId,
    });
    expect(v3).toMatchObject({ number: 3, origin: 'restored' });

    const out = join(folder, 'exports');
    await import('node:fs/promises').then((fs) => fs.mkdir(out));
    expect(
      await call('export.run', { issueId: issue.id, versionId: v2.id, formats: ['txt'] }),
    ).toBeNull();
    platform.setExportFolder(out);
    const exported = await call<{ files: string[] }>('export.run', {
      issueId: issue.id,
      versionId: v2.id,
      formats: ['txt', 'docx', 'report-csv'],
    });
    expect(exported.files).toEqual([
      'draft-标题-v2.txt',
      'draft-标题-v2.docx',
      'draft-标题-v2-report.csv',
    ]);
    expect((await readdir(out)).sort()).toEqual([...exported.files].sort());
  });

  it('opens an issue with its findings as the workspace analysed it, the original on demand', async () => {
    const text = '标题\n\n正文第一段,有半角逗号。\n\n正文第二段,也有。';
    const issue = await call<{ id: string }>('library.importBytes', {
      name: 'draft.txt',
      base64: Buffer.from(text, 'utf8').toString('base64'),
    });
    const opened = await call<OpenedIssue>('issue.open', { issueId: issue.id });
    const findings = decodeFindings(opened.findings);
    expect(findings.map((f) => f.kind)).toEqual(['punctuation-width', 'punctuation-width']);
    expect(findings).toEqual((await services.issues.findings(issue.id)).findings);
    expect(opened.analysis).toMatchObject({ disabled: [], rules: { starter: true } });
    expect(opened.original).toEqual({ versionId: opened.head.versionId, sameAsHead: true });
    expect(opened).not.toHaveProperty('original.text');

    await call('issue.decide', {
      issueId: issue.id,
      decisions: [{ findingId: findings[0].id, decision: 'rejected' }],
    });
    await call('settings.set', { disabledKinds: ['jump-line'] });
    await call('issue.save', { issueId: issue.id, text: text.replace('也有。', '也有！') });
    const reopened = await call<OpenedIssue>('issue.open', { issueId: issue.id });
    const now = decodeFindings(reopened.findings);
    expect(now.map((f) => f.kind)).toEqual(['punctuation-width']);
    expect(now.map((f) => f.id)).not.toContain(findings[0].id);
    expect(reopened.analysis.disabled).toEqual(['jump-line']);
    expect(reopened.original).toEqual({ versionId: opened.head.versionId, sameAsHead: false });
    const original = await call<{ text: string }>('versions.read', {
      issueId: issue.id,
      versionId: reopened.original.versionId,
    });
    expect(original.text).toBe(text);
  });

  it('opens only https links to the allowed hosts outside the app', async () => {
    for (const url of [
      'https://www.example.org/help',
      'https://www.w3.org.evil.example/',
      'http://www.w3.org/TR/clreq/',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@x.org',
    ]) {
      expect(await call('shell.openExternal', { url })).toEqual({ opened: false });
    }
    expect(await call('shell.openExternal', { url: 'https://www.w3.org/TR/clreq/' })).toEqual({
      opened: true,
    });
    expect(platform.openedLinks).toEqual(['https://www.w3.org/TR/clreq/']);
  });

  it('keeps settings, with defaults', async () => {
    expect(await call('settings.get', {})).toEqual({
      locale: 'zh-CN',
      author: '',
      disabledKinds: [],
      textSize: 16,
    });
    expect(
      await call('settings.set', { locale: 'en', author: ' 许珂 ', disabledKinds: ['jump-line'] }),
    ).toEqual({ locale: 'en', author: '许珂', disabledKinds: ['jump-line'], textSize: 16 });
    expect((await services.dispatch('settings.set', { disabledKinds: ['no-such-kind'] })).ok).toBe(
      false,
    );
    expect(await call('settings.set', { textSize: 22 })).toMatchObject({ textSize: 22 });
    expect((await services.dispatch('settings.set', { textSize: 99 })).ok).toBe(false);
  });
});

describe('errors reach the editor as sentences in both languages', () => {
  let folder: string;
  let services: AppServices;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-contract-errors-'));
    services = await startServices(join(folder, 'workspace'), new ScriptedPlatform());
  });
  afterEach(async () => {
    await services.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('names the file of a refused import in zh-CN and en, and imports nothing', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const result = await services.dispatch('library.importBytes', {
      name: 'scan.png',
      base64: png.toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message['zh-CN']).toContain('scan.png');
    expect(result.error.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(result.error.message.en).toContain('scan.png');
    expect(await services.dispatch('library.list', {})).toEqual({ ok: true, value: [] });
  });

  it('translates workspace errors', async () => {
    const result = await services.dispatch('issue.open', { issueId: 'nosuchissue' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: { 'zh-CN': '找不到该期稿件或版本。' } },
    });
  });
});
