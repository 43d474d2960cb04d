import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/core/analyse';
import { createDocument } from '../../src/core/document/document';
import { createEditorial, type Editorial } from '../../src/main/rules/editorial';
import {
  analyseOptionsOf,
  DRAFT_IMPORTER,
  FindingsCache,
  IssueService,
} from '../../src/main/services/index';
import { openWorkspace, type WorkspaceRepository } from '../../src/main/workspace/index';
import { ARTICLES, draftFile, issueText, tempFolder } from '../archive/helpers';

let folder: string;
let remove: () => Promise<void>;
let workspace: WorkspaceRepository;
let editorial: Editorial;
let cache: FindingsCache;
let issues: IssueService;

/** The services as the container wires them, with a cache the test can watch. */
beforeEach(async () => {
  ({ folder, remove } = await tempFolder());
  workspace = await openWorkspace(join(folder, 'ws'));
  editorial = createEditorial(workspace);
  cache = new FindingsCache();
  issues = new IssueService({
    repository: editorial.archive.track(workspace),
    importer: DRAFT_IMPORTER,
    analyseOptions: (issueId) => ({
      ...analyseOptionsOf(workspace),
      ...editorial.options(issueId),
    }),
    archiveStamp: () => String(editorial.archive.generation),
    findingsCache: cache,
  });
});

afterEach(async () => {
  await editorial.archive.settle();
  await workspace.close();
  await remove();
});

const EARLIER = issueText(ARTICLES.slice(0, 5));
const LATER = issueText([ARTICLES[50], ARTICLES[3], ARTICLES[51]]);

async function importText(name: string, text: string, date: string): Promise<string> {
  return (await issues.importFile(await draftFile(folder, name, text), { date })).issue.id;
}

/** What a full analysis of the issue's head finds now, with the services' options. */
async function fullAnalysis(issueId: string) {
  const { text } = await issues.read(issueId);
  const options = { ...analyseOptionsOf(workspace), ...editorial.options(issueId) };
  return analyseDocument(createDocument(text), options);
}

const kinds = (findings: readonly { kind: string }[]) => new Set(findings.map((f) => f.kind));

describe('findings kept per text', () => {
  it('equal a full analysis of the text, archive repeats included, ids and order alike', async () => {
    await importText('a.txt', EARLIER, '2022-09-24');
    const later = await importText('b.txt', LATER, '2022-10-08');
    const { findings } = await issues.findings(later);
    expect(kinds(findings)).toContain('archive-repeat');
    expect(findings).toEqual(await fullAnalysis(later));
  });

  it('are analysed once for an import, a save, a clean and the opens after them', async () => {
    await importText('a.txt', EARLIER, '2022-09-24');
    const later = await importText('b.txt', LATER, '2022-10-08');
    const afterImport = cache.stats.misses;
    await issues.findings(later);
    await issues.analyse(later);
    expect(cache.stats.misses).toBe(afterImport);

    const { text } = await issues.read(later);
    await issues.save(later, text.replace('。', '，，'));
    const afterSave = cache.stats.misses;
    expect((await issues.findings(later)).findings).toEqual(await fullAnalysis(later));
    expect(cache.stats.misses).toBe(afterSave);

    await issues.clean(later);
    const afterClean = cache.stats.misses;
    await issues.findings(later);
    expect(cache.stats.misses).toBe(afterClean);
  });

  it('count what an open shows, rejected findings left out', async () => {
    const later = await importText('b.txt', LATER.replace(/，/g, ','), '2022-10-08');
    const [first] = (await issues.findings(later)).findings;
    expect(first).toBeDefined();
    await issues.decide(later, [{ findingId: first.id, decision: 'rejected' }]);
    const open = (await issues.findings(later)).findings;
    expect(open.map((f) => f.id)).not.toContain(first.id);
    const { text } = await issues.read(later);
    const { version } = await issues.save(later, `${text}\n补记一段。\n`);
    expect(version.findings).toBe((await issues.findings(later)).findings.length);
  });
});

describe('findings are analysed again when what they depend on changes', () => {
  it('the rule list and the kinds switched off', async () => {
    const later = await importText('b.txt', LATER, '2022-10-08');
    const { text } = await issues.read(later);
    const word = text.slice(text.indexOf('\n\n') + 2).slice(0, 2);
    await editorial.rules.add('replacement', { find: word, replace: '〇〇' });
    expect(kinds((await issues.findings(later)).findings)).toContain('rule');
    await workspace.updateSettings({ disabledKinds: ['rule', 'punctuation-width'] });
    const now = kinds((await issues.findings(later)).findings);
    expect(now).not.toContain('rule');
    expect(now).not.toContain('punctuation-width');
    expect((await issues.findings(later)).findings).toEqual(await fullAnalysis(later));
  });

  it("the archive: another issue's save, trash and untrash", async () => {
    const earlier = await importText('a.txt', issueText(ARTICLES.slice(60, 62)), '2022-09-24');
    const later = await importText('b.txt', LATER, '2022-10-08');
    const repeats = async () =>
      (await issues.findings(later)).findings.filter((f) => f.kind === 'archive-repeat');
    expect(await repeats()).toEqual([]);

    await issues.save(earlier, EARLIER);
    const before = cache.stats.misses;
    expect(await repeats()).toHaveLength(1);
    // Only the archive part was analysed again: the text part was kept.
    expect(cache.stats.misses).toBe(before + 1);

    await issues.trash(earlier);
    expect(await repeats()).toEqual([]);
    await issues.untrash(earlier);
    expect(await repeats()).toHaveLength(1);
    expect((await issues.findings(later)).findings).toEqual(await fullAnalysis(later));
  });

  it('the archive: a boilerplate mark and its removal', async () => {
    const box = '本报讯 今日天气：晴转多云，气温十二到二十二摄氏度，东南风三到四级，空气质量良。';
    await importText('a.txt', `${issueText([ARTICLES[70]])}\n${box}\n`, '2022-09-24');
    const next = `${issueText([ARTICLES[71]])}\n${box.replace('十二到二十二', '十三到二十四')}\n`;
    const later = await importText('b.txt', next, '2022-09-25');
    const repeats = async () =>
      (await issues.findings(later)).findings.filter((f) => f.kind === 'archive-repeat');
    expect(await repeats()).toHaveLength(1);
    const mark = await editorial.archive.markBoilerplate({ text: box });
    expect(await repeats()).toEqual([]);
    await editorial.archive.unmarkBoilerplate(mark.id);
    expect(await repeats()).toHaveLength(1);
  });
});
