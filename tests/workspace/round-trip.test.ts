/**
 * The sample issue's round trip through the services on a real workspace: import → clean →
 * a manual edit → diff → export in every format (each output opened again) → restore → trash.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { applyPatch } from 'diff';
import mammoth from 'mammoth';
import { parse } from 'parse5';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/index';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/main/export/index';
import { createServices, type Services } from '../../src/main/services/index';
import { openWorkspace, type VersionRow } from '../../src/main/workspace/index';
import { removeFolder, tempFolder } from './helpers';

const SAMPLE = fileURLToPath(
  new URL('../../../shared/samples/hengyang-daily-2020-03-05.txt', import.meta.url),
);
const SCRAMBLED = /习近平新时代中国特色社会主义思想\n在指引下\s*——/;
const FIXED = '在习近平新时代中国特色社会主义思想指引下——';
/** A plain manual edit no finding explains. */
const BEFORE = '会议还研究了其他事项。';
const AFTER = '会议还研究了其他有关事项。';

let folder: string;
let services: Services;
let issueId: string;
let imported: VersionRow;
let cleaned: VersionRow;
let edited: VersionRow;
let sampleText: string;

beforeAll(async () => {
  folder = await tempFolder();
  services = createServices(await openWorkspace(folder));
  sampleText = normalizeText(await readFile(SAMPLE, 'utf8'));
});
afterAll(async () => {
  await services.workspace.close();
  await removeFolder(folder);
});

describe('the sample issue, from import to export', () => {
  it('imports the draft as version 1 with its metadata guessed from the file name', async () => {
    const { issue, version } = await services.issues.importFile(SAMPLE);
    issueId = issue.id;
    imported = version;
    expect(issue).toMatchObject({
      date: '2020-03-05',
      publication: 'hengyang daily',
      sourceName: 'hengyang-daily-2020-03-05.txt',
      format: 'txt',
      encoding: 'utf-8',
      trashed: null,
    });
    expect(issue.title).toBe('我市确定今年脱贫攻坚工作目标');
    expect(version).toMatchObject({ number: 1, origin: 'imported', parent: null });
    expect((await services.issues.read(issueId, 1)).text).toBe(sampleText);
    expect(version.findings).toBeGreaterThan(0);
  });

  it('cleans: a new version with the safe fixes, recorded as accepted; a second clean changes nothing', async () => {
    const outcome = await services.issues.clean(issueId.slice(0, 5), { author: '校对' });
    expect(outcome.unchanged).toBe(false);
    cleaned = outcome.version;
    expect(cleaned).toMatchObject({ number: 2, origin: 'cleaned', parent: imported.id });
    expect(outcome.applied.length).toBeGreaterThan(0);
    expect(outcome.applied.every((f) => f.confidence === 'safe')).toBe(true);
    const decisions = services.issues.decisions(issueId);
    for (const f of outcome.applied) expect(decisions[f.id]).toBe('accepted');
    const text = (await services.issues.read(issueId)).text;
    expect(text).toContain('依法依规处理检举控告');
    expect(text).not.toContain('依法依规依规');
    const again = await services.issues.clean(issueId);
    expect(again).toMatchObject({ unchanged: true, applied: [] });
    expect(again.version.id).toBe(cleaned.id);
  });

  it('saves a manual edit as version 3', async () => {
    const text = (await services.issues.read(issueId)).text;
    expect(text).toMatch(SCRAMBLED);
    expect(text).toContain(BEFORE);
    const edit = text.replace(SCRAMBLED, FIXED).replace(BEFORE, AFTER);
    const outcome = await services.issues.save(issueId, edit, {
      message: 'fix the scrambled headline',
      author: '许珂',
    });
    edited = outcome.version;
    expect(edited).toMatchObject({ number: 3, origin: 'edited', author: '许珂' });
    const same = await services.issues.save(issueId, edit);
    expect(same).toMatchObject({ unchanged: true });
    expect(services.issues.versions(issueId)).toHaveLength(3);
  });

  it('diffs two versions: counts, a unified diff that applies, an HTML report; a version against itself is empty', async () => {
    const compared = await services.outputs.compare(issueId, 2, 3);
    expect(compared.comparison.counts.paragraphsChanged).toBeGreaterThanOrEqual(1);
    const [v2, v3] = await Promise.all([
      services.issues.read(issueId, 2),
      services.issues.read(issueId, 3),
    ]);
    expect(applyPatch(v2.text, compared.unified)).toBe(v3.text);
    const html = services.outputs.comparisonHtml(compared, 'en');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(textOf(parse(html))).toContain('有关事项');
    expect(html).toMatch(/<ins\b/);
    expect(html).toMatch(/<del\b/);

    const self = await services.outputs.compare(issueId, 3, edited.id);
    expect(self.comparison.counts).toEqual({
      paragraphsAdded: 0,
      paragraphsRemoved: 0,
      paragraphsChanged: 0,
      paragraphsMoved: 0,
      charsInserted: 0,
      charsDeleted: 0,
    });
    expect(self.unified.split('\n').filter((l) => l.startsWith('@@'))).toEqual([]);
  });

  it('exports the edited version in every format, each readable again', async () => {
    const outputs = new Map<ExportFormat, Uint8Array>();
    for (const format of EXPORT_FORMATS) {
      const exported = await services.outputs.export(issueId, undefined, format);
      expect(exported.version.id).toBe(edited.id);
      outputs.set(format, exported.bytes);
    }
    const utf8 = (format: ExportFormat): string => Buffer.from(outputs.get(format)!).toString();
    const text = (await services.issues.read(issueId, 3)).text;

    expect(utf8('txt')).toBe(text);
    expect(utf8('md')).toContain('我市确定今年脱贫攻坚工作目标');

    const page = parse(utf8('html'));
    expect(textOf(page)).toContain('依法依规处理检举控告');

    const json = JSON.parse(utf8('json')) as { articles: unknown[] };
    expect(json.articles.length).toBeGreaterThan(1);

    const docx = Buffer.from(outputs.get('docx')!);
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain('依法依规处理检举控告');
    expect(value).toContain(FIXED);
    const xml = await zipEntry(docx, 'word/document.xml');
    expect((xml.match(/<w:ins\b/g) ?? []).length).toBeGreaterThan(0);
    expect((xml.match(/<w:del\b/g) ?? []).length).toBeGreaterThan(0);

    const report = utf8('report-html');
    expect(textOf(parse(report))).toContain('手工修改'); // "有关" was added by hand
    const csv = utf8('report-csv').replace(/^\uFEFF/, '');
    expect(csv.trimEnd().split('\r\n').length).toBeGreaterThan(10);
  });

  it('restores version 1 as a new version, never rewriting the others', async () => {
    const before = services.issues.versions(issueId);
    const restored = await services.issues.restore(issueId, 1);
    expect(restored).toMatchObject({
      number: 4,
      origin: 'restored',
      parent: edited.id,
      sha256: imported.sha256,
    });
    expect((await services.issues.read(issueId)).text).toBe(sampleText);
    expect(services.issues.versions(issueId).slice(0, 3)).toEqual(before);
  });

  it('does not propose or apply a rejected finding again', async () => {
    const analysis = await services.issues.analyse(issueId);
    const safe = analysis.findings.filter((f) => f.confidence === 'safe');
    // A finding no other finding comes near, so nothing else rewrites its surroundings.
    const rejected = safe.find((f) =>
      analysis.findings.every((g) => g === f || g.end + 12 < f.start || g.start > f.end + 12),
    );
    expect(rejected).toBeDefined();
    if (!rejected) return;
    const around = analysis.text.slice(rejected.start - 12, rejected.end + 12);
    await services.issues.decide(issueId, [{ findingId: rejected.id, decision: 'rejected' }]);
    const after = await services.issues.analyse(issueId);
    expect(after.findings.map((f) => f.id)).not.toContain(rejected.id);
    const outcome = await services.issues.clean(issueId);
    expect(outcome.unchanged).toBe(false);
    expect(outcome.applied.map((f) => f.id)).not.toContain(rejected.id);
    expect((await services.issues.read(issueId)).text).toContain(around);
  });

  it('moves the issue to the trash and back', async () => {
    await services.issues.trash(issueId);
    expect(services.issues.list()).toEqual([]);
    await expect(services.issues.save(issueId, 'x')).rejects.toMatchObject({ code: 'trashed' });
    await services.issues.untrash(issueId);
    expect(services.issues.list().map((o) => o.issue.id)).toEqual([issueId]);
  });
});

function textOf(node: unknown): string {
  const n = node as { value?: string; childNodes?: unknown[]; nodeName?: string };
  if (n.nodeName === '#text') return n.value ?? '';
  return (n.childNodes ?? []).map(textOf).join('');
}

function zipEntry(bytes: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          stream.on('error', reject);
        });
      });
      zip.on('end', () => reject(new Error(`${name} not found`)));
      zip.readEntry();
    });
  });
}
