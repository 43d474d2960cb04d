import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archivePaths } from '../../src/main/archive/index';
import { createServices, type Services } from '../../src/main/services/index';
import { layoutOf, openWorkspace } from '../../src/main/workspace/index';
import { ARTICLES, draftFile, issueText, tempFolder } from './helpers';

let folder: string;
let remove: () => Promise<void>;
let services: Services;

async function open(): Promise<Services> {
  return createServices(await openWorkspace(join(folder, 'ws')));
}

beforeEach(async () => {
  ({ folder, remove } = await tempFolder());
  services = await open();
});

afterEach(async () => {
  await services.archive.settle();
  await services.workspace.close();
  await remove();
});

const EARLIER = issueText(ARTICLES.slice(0, 5));
const STORY = ARTICLES[3];
const LATER = issueText([ARTICLES[50], STORY, ARTICLES[51]]);

async function importText(name: string, text: string, date: string): Promise<string> {
  const path = await draftFile(folder, name, text);
  return (await services.issues.importFile(path, { date })).issue.id;
}

async function repeats(issueId: string) {
  const analysis = await services.issues.analyse(issueId);
  return analysis.findings.filter((f) => f.kind === 'archive-repeat');
}

describe('archive repeats in a workspace', () => {
  it('links a story re-run in a later issue to the issue, date and paragraph it ran in', async () => {
    const first = await importText('a.txt', EARLIER, '2022-09-24');
    const second = await importText('b.txt', LATER, '2022-10-08');
    const found = await repeats(second);
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding.source).toMatchObject({ issueId: first, date: '2022-09-24' });
    const earlierBlocks = EARLIER.split('\n\n');
    expect(earlierBlocks[finding.source?.paragraph ?? -1]).toBe(STORY.headline);
    // Named by publication and date, as the editor knows the issue, never by its id.
    const n = (finding.source?.paragraph ?? 0) + 1;
    expect(finding.message['zh-CN']).toContain(`已见于 a 2022-09-24 期第 ${n} 段`);
    expect(finding.message['zh-CN']).not.toContain(first);
    expect(finding.message.en).toContain(`a of 2022-09-24, paragraph ${n}`);
    expect(finding.confidence).toBe('suggest');
    // The earlier issue is not flagged for what a later one repeated.
    expect(await repeats(first)).toEqual([]);
    // Without a publication the title names it; the details are read as they are now.
    await services.issues.editDetails(first, { publication: '', title: '九月号' });
    const [renamed] = await repeats(second);
    expect(renamed.message['zh-CN']).toContain(`已见于 2022-09-24 期「九月号」第 ${n} 段`);
    await services.issues.editDetails(first, { date: '' });
    const [undated] = await repeats(second);
    expect(undated.message['zh-CN']).toContain(`已见于 「九月号」第 ${n} 段`);
    await services.issues.editDetails(first, { date: '2022-09-24' });
  });

  it('indexes a version when it is saved, and a draft checks against every issue', async () => {
    const first = await importText('a.txt', issueText(ARTICLES.slice(60, 62)), '2022-09-24');
    const second = await importText('b.txt', LATER, '2022-10-08');
    expect(await repeats(second)).toEqual([]);
    await services.issues.save(first, EARLIER, { message: 'the real page' });
    const found = await repeats(second);
    expect(found.map((f) => f.source?.issueId)).toEqual([first]);
    expect(found[0].source?.versionId).toBe((await services.issues.read(first)).version.id);
    expect(services.archive.stats().issues).toBe(2);
  });

  it('never flags boilerplate once it is marked', async () => {
    const box = '本报讯 今日天气：晴转多云，气温十二到二十二摄氏度，东南风三到四级，空气质量良。';
    await importText('a.txt', `${issueText([ARTICLES[70]])}\n${box}\n`, '2022-09-24');
    const next = box.replace('十二到二十二', '十三到二十四');
    const second = await importText(
      'b.txt',
      `${issueText([ARTICLES[71]])}\n${next}\n`,
      '2022-09-25',
    );
    expect(await repeats(second)).toHaveLength(1);
    const mark = await services.archive.markBoilerplate({ text: box }, 'weather box');
    expect(services.archive.boilerplate()).toEqual([mark]);
    expect(await repeats(second)).toEqual([]);
    // The mark is stored: a new session still honours it.
    await services.workspace.close();
    services = await open();
    expect(await repeats(second)).toEqual([]);
    expect(await services.archive.unmarkBoilerplate(mark.id)).toBe(true);
    expect(await repeats(second)).toHaveLength(1);
  });

  it('rebuilds the index from the version texts when it is missing or damaged', async () => {
    const first = await importText('a.txt', EARLIER, '2022-09-24');
    const second = await importText('b.txt', LATER, '2022-10-08');
    const before = await repeats(second);
    const paths = archivePaths(layoutOf(services.workspace.folder));
    expect((await readdir(paths.issues)).sort()).toEqual([`${first}.bin`, `${second}.bin`].sort());
    await services.workspace.close();

    await rm(paths.folder, { recursive: true });
    services = await open();
    expect(await repeats(second)).toEqual([]); // nothing indexed until the refresh
    const rebuilt = await services.archive.refresh();
    expect(rebuilt).toMatchObject({ issues: 2, fingerprinted: 2, rebuilt: true });
    expect(await repeats(second)).toEqual(before);
    expect(await readdir(paths.folder)).toContain('pack.bin');
    await services.workspace.close();

    await writeFile(paths.pack, Buffer.from('GALA\u0001\u0000\u0000\u0000garbage'));
    services = await open();
    const repaired = await services.archive.refresh();
    expect(repaired.rebuilt).toBe(true);
    expect(repaired.damage.length).toBeGreaterThan(0);
    expect(await repeats(second)).toEqual(before);
    expect((await services.archive.refresh()).fingerprinted).toBe(0);
  });

  it('reports its size per issue', async () => {
    await importText('a.txt', EARLIER, '2022-09-24');
    await importText('b.txt', LATER, '2022-10-08');
    const stats = services.archive.stats();
    expect(stats.issues).toBe(2);
    expect(stats.paragraphs).toBeGreaterThan(10);
    expect(stats.bytesPerIssue).toBeGreaterThan(0);
    expect(stats.bytesPerIssue).toBeLessThan(Buffer.byteLength(EARLIER, 'utf8'));
  });

  it('leaves trashed issues out', async () => {
    const first = await importText('a.txt', EARLIER, '2022-09-24');
    const second = await importText('b.txt', LATER, '2022-10-08');
    await services.issues.trash(first);
    expect(await repeats(second)).toEqual([]);
    await services.issues.untrash(first);
    expect(await repeats(second)).toHaveLength(1);
  });
});
