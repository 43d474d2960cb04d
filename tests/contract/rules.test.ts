/**
 * The editorial channels (rules.*, archive.*) over the in-memory transport, on a real temp
 * workspace: rule lists edited, validated with sentences, tested, imported and exported through
 * scripted dialogs; archive repeats traced to their earlier issue and marked as boilerplate.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptedPlatform } from '../../src/bridge/scripted-platform';
import { startServices, type AppServices } from '../../src/main/app/container';
import type {
  ArchiveSourceView,
  BoilerplateView,
  IssueSummary,
  OpenedIssue,
  Result,
  RuleSaveResult,
  RulesExportResult,
  RulesImportResult,
  RulesView,
  RuleTestResult,
} from '../../src/shared/contract';
import { ARTICLES, issueText } from '../archive/helpers';

describe('editorial channels (in memory)', () => {
  let folder: string;
  let platform: ScriptedPlatform;
  let services: AppServices;
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = (await services.dispatch(channel, payload)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message.en}`);
    return result.value;
  };
  const importText = (name: string, text: string) =>
    call<IssueSummary>('library.importBytes', {
      name,
      base64: Buffer.from(text, 'utf8').toString('base64'),
    });
  const kindsOf = async (issueId: string, kind: string) =>
    (await services.issues.analyse(issueId)).findings.filter((f) => f.kind === kind);

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-contract-rules-'));
    platform = new ScriptedPlatform();
    services = await startServices(join(folder, 'workspace'), platform);
  });
  afterEach(async () => {
    await services.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('tells the opened issue once of a regex rule stopped at import, and rules.stop disables one', async () => {
    const slow = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      rule: { find: 'a(?=.*b)', replace: 'c', regex: true },
    });
    const other = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      rule: { find: 'x(?=.*y)', replace: 'z', regex: true },
    });
    if (!slow.saved || !other.saved) throw new Error('not saved');
    const issue = await importText('long.txt', `他己经到达。\n\n${'a'.repeat(300_000)}\n`);
    const opened = await call<OpenedIssue>('issue.open', { issueId: issue.id });
    expect(opened.stoppedRules).toEqual([
      { id: slow.entry.id, find: 'a(?=.*b)', ms: expect.any(Number) },
    ]);
    expect((await call<OpenedIssue>('issue.open', { issueId: issue.id })).stoppedRules).toEqual([]);
    await services.rules.settled();
    const after = await call<RulesView>('rules.list', {});
    expect(after.list.replacements[0].disabled).toMatch(/^Stopped after/);
    // The app's analysis worker stopped the other one: the workspace switches it off too.
    const stopped = await call<RulesView>('rules.stop', { id: other.entry.id, ms: 2400 });
    expect(stopped.list.replacements[1].disabled).toBe(
      'Stopped after 2.4 s: the pattern ran too long (catastrophic backtracking), so the rule is off until it is edited.',
    );
    const missing = await services.dispatch('rules.stop', { id: 'r-none', ms: 1 });
    expect(missing.ok).toBe(false);
  }, 60_000);

  it('lists a new workspace: no rules of its own, the starter formulations on', async () => {
    const rules = await call<RulesView>('rules.list', {});
    expect(rules.list).toMatchObject({ starter: true, replacements: [], protected: [] });
    expect(rules.starterFormulations.map((f) => f.phrase)).toContain(
      '习近平新时代中国特色社会主义思想',
    );
    expect(rules.damaged).toEqual([]);
    expect(rules.writable).toBe(true);
  });

  it('adds, edits and deletes a replacement; the analyses use it at once', async () => {
    const issue = await importText('draft.txt', '标题\n\n这件事己经办完了，其它的再说。\n');
    expect(await kindsOf(issue.id, 'rule')).toEqual([]);

    const added = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      rule: { find: '己经', replace: '已经', note: 'OCR 混淆', safe: true },
    });
    if (!added.saved) throw new Error('not saved');
    expect(added.entry).toMatchObject({ find: '己经', replace: '已经', scope: 'cjk', safe: true });
    expect(added.rules.list.replacements).toHaveLength(1);
    const onDisk = JSON.parse(await readFile(join(folder, 'workspace', 'rules.json'), 'utf8'));
    expect(onDisk.replacements[0].find).toBe('己经');
    const [finding] = await kindsOf(issue.id, 'rule');
    // The finding covers only what changes: 己 → 已.
    expect(finding).toMatchObject({ replacement: '已', confidence: 'safe' });
    expect('标题\n\n这件事己经办完了，其它的再说。\n'.slice(finding.start, finding.end)).toBe('己');

    const edited = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      id: added.entry.id,
      rule: { find: '其它', replace: '其他', note: '本报用字' },
    });
    if (!edited.saved) throw new Error('not saved');
    expect(edited.entry.id).toBe(added.entry.id);
    expect(edited.rules.list.replacements.map((r) => r.find)).toEqual(['其它']);
    expect((await kindsOf(issue.id, 'rule')).map((f) => f.replacement)).toEqual(['他']);

    const after = await call<RulesView>('rules.delete', {
      kind: 'replacement',
      id: added.entry.id,
    });
    expect(after.list.replacements).toEqual([]);
    expect(await kindsOf(issue.id, 'rule')).toEqual([]);
    const gone = await services.dispatch('rules.delete', { kind: 'replacement', id: 'r-none' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'missing-rule' } });
    const missing = await services.dispatch('rules.save', {
      kind: 'protected',
      id: 'p-none',
      rule: { term: '许珂' },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'missing-rule' } });
  });

  it('answers a bad rule with a sentence per field, and saves nothing', async () => {
    const empty = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      rule: { find: '', replace: '已经' },
    });
    expect(empty).toEqual({
      saved: false,
      problems: [
        { field: 'find', message: { 'zh-CN': '请填写“错误写法”。', en: 'Wrong form is empty.' } },
      ],
    });
    const same = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      rule: { find: '其他', replace: '其他' },
    });
    expect(same.saved).toBe(false);
    if (!same.saved) expect(same.problems[0].field).toBe('replace');

    const unsafe = await call<RuleSaveResult>('rules.save', {
      kind: 'replacement',
      rule: { find: '(a+)+b', replace: 'b', regex: true },
    });
    expect(unsafe.saved).toBe(false);
    if (!unsafe.saved) {
      expect(unsafe.problems[0].field).toBe('find');
      expect(unsafe.problems[0].message['zh-CN']).toMatch(/^正则表达式不可用：/);
      expect(unsafe.problems[0].message.en).not.toBe('');
    }
    const short = await call<RuleSaveResult>('rules.save', {
      kind: 'formulation',
      rule: { phrase: '党' },
    });
    expect(short.saved).toBe(false);
    if (!short.saved) expect(short.problems).toMatchObject([{ field: 'phrase' }]);

    await call('rules.save', { kind: 'protected', rule: { term: '许珂' } });
    const twice = await call<RuleSaveResult>('rules.save', {
      kind: 'protected',
      rule: { term: '许珂', note: 'again' },
    });
    expect(twice.saved).toBe(false);
    if (!twice.saved) {
      expect(twice.problems.map((p) => p.field)).toContain('term');
      expect(twice.problems.map((p) => p.message['zh-CN']).join()).toContain('已在列表中');
    }
    const rules = await call<RulesView>('rules.list', {});
    expect(rules.list.replacements).toEqual([]);
    expect(rules.list.protected.map((t) => t.term)).toEqual(['许珂']);

    const notAKind = await services.dispatch('rules.save', { kind: 'macro', rule: {} });
    expect(notAKind).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('tests a rule against an issue or a text: every hit, its context and its change', async () => {
    const issue = await importText(
      'draft.txt',
      '标题\n\n市委决胜全面建成小康杜会，其它工作其它人做。\n\n习近平新时代中国特色社会主义思想。\n',
    );
    const test = await call<RuleTestResult>('rules.test', {
      kind: 'replacement',
      rule: { find: '其它', replace: '其他' },
      issueId: issue.id,
    });
    if (!test.valid) throw new Error('invalid');
    expect(test.hits.map((h) => [h.found, h.replacement])).toEqual([
      ['其它', '其他'],
      ['其它', '其他'],
    ]);
    expect(test.hits[0].before).toMatch(/杜会，$/);
    expect(test.hits[0].after).toMatch(/^工作其它人做/);
    expect(test.truncated).toBe(false);

    const near = await call<RuleTestResult>('rules.test', {
      kind: 'formulation',
      rule: { phrase: '决胜全面建成小康社会' },
      issueId: issue.id,
    });
    if (!near.valid) throw new Error('invalid');
    expect(near.hits).toMatchObject([
      { found: '决胜全面建成小康杜会', replacement: '决胜全面建成小康社会' },
    ]);

    const regex = await call<RuleTestResult>('rules.test', {
      kind: 'replacement',
      rule: { find: '(\\d+)个百份点', replace: '$1个百分点', regex: true },
      text: '增长了3个百份点，又增长了12个百份点',
    });
    if (!regex.valid) throw new Error('invalid');
    expect(regex.hits.map((h) => [h.found, h.replacement])).toEqual([
      ['3个百份点', '3个百分点'],
      ['12个百份点', '12个百分点'],
    ]);
    expect(regex.length).toBe('增长了3个百份点，又增长了12个百份点'.length);

    const bad = await call<RuleTestResult>('rules.test', {
      kind: 'protected',
      rule: { term: '' },
      text: 'x',
    });
    expect(bad).toMatchObject({ valid: false, problems: [{ field: 'term' }] });
    const both = await services.dispatch('rules.test', {
      kind: 'protected',
      rule: { term: '许珂' },
      text: 'x',
      issueId: issue.id,
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('turns the starter formulations off and on', async () => {
    const issue = await importText('draft.txt', '标题\n\n我们要决胜全面建成小康杜会。\n');
    expect(await kindsOf(issue.id, 'formulation')).toHaveLength(1);
    const off = await call<RulesView>('rules.setStarter', { on: false });
    expect(off.list.starter).toBe(false);
    expect(await kindsOf(issue.id, 'formulation')).toEqual([]);
    await call('rules.setStarter', { on: true });
    expect(await kindsOf(issue.id, 'formulation')).toHaveLength(1);
  });

  it('imports a CSV chosen in the dialog, and names the file and line of a bad one', async () => {
    const csv = join(folder, '本报词表.csv');
    await writeFile(
      csv,
      '\ufeffkind,find,replace,regex,scope,safe,note\r\n' +
        'replacement,己经,已经,false,cjk,true,OCR\r\n' +
        'protected,许珂,,,,,记者\r\n' +
        'formulation,本报特色提法示例,,,,,\r\n',
    );
    expect(await call<RulesImportResult>('rules.import', {})).toBeNull();
    platform.queueRulesFile(csv);
    const imported = await call<RulesImportResult>('rules.import', { mode: 'merge' });
    expect(imported).toMatchObject({ file: '本报词表.csv', mode: 'merge', added: 3 });
    expect(imported?.rules.list.protected.map((t) => t.term)).toEqual(['许珂']);

    const bad = join(folder, 'bad.csv');
    await writeFile(bad, 'kind,find,replace\nreplacement,,x\nmacro,a,b\n');
    platform.queueRulesFile(bad);
    const failed = await services.dispatch('rules.import', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'bad-rule-file' } });
    if (!failed.ok) {
      expect(failed.error.message['zh-CN']).toContain('“bad.csv”');
      expect(failed.error.message['zh-CN']).toContain('第 3 行');
      expect(failed.error.message.en).toContain('line 3');
    }
    const rules = await call<RulesView>('rules.list', {});
    expect(rules.list.replacements.map((r) => r.find)).toEqual(['己经']);
  });

  it('exports CSV and JSON to the file chosen in the dialog', async () => {
    await call('rules.save', { kind: 'replacement', rule: { find: '其它', replace: '其他' } });
    await call('rules.save', { kind: 'protected', rule: { term: '许珂', note: '记者' } });
    expect(await call<RulesExportResult>('rules.export', { format: 'csv' })).toBeNull();

    platform.queueRulesExportFile(join(folder, 'rules'));
    const csv = await call<RulesExportResult>('rules.export', { format: 'csv' });
    expect(csv).toEqual({ path: join(folder, 'rules.csv'), format: 'csv', entries: 2 });
    const text = await readFile(join(folder, 'rules.csv'), 'utf8');
    expect(text.startsWith('\ufeffkind,find,replace')).toBe(true);
    expect(text).toContain('protected,许珂,,,,,记者');

    platform.queueRulesExportFile(join(folder, 'rules.json'));
    await call('rules.export', { format: 'json' });
    const json = JSON.parse(await readFile(join(folder, 'rules.json'), 'utf8'));
    expect(json.replacements[0]).toMatchObject({ find: '其它', replace: '其他' });

    // What was exported imports back unchanged, in replace mode.
    platform.queueRulesFile(join(folder, 'rules.csv'));
    const back = await call<RulesImportResult>('rules.import', { mode: 'replace' });
    expect(back).toMatchObject({ added: 0, updated: 2, removed: 0 });
  });

  it('shows the earlier copy of an archive repeat and stops flagging marked boilerplate', async () => {
    const story = ARTICLES[3];
    const box = '本报讯 今日天气：晴转多云，气温十二到二十二摄氏度，东南风三到四级，空气质量良。';
    const earlier = await importText(
      'daily-2022-09-24.txt',
      `${issueText(ARTICLES.slice(0, 5))}\n${box}\n`,
    );
    const later = await importText(
      'daily-2022-10-08.txt',
      `${issueText([ARTICLES[50], story, ARTICLES[51]])}\n${box}\n`,
    );
    const repeats = await kindsOf(later.id, 'archive-repeat');
    expect(repeats).toHaveLength(2);
    const article = repeats.find((f) => f.source?.paragraph !== undefined && f.end - f.start > 200);
    expect(article?.source).toMatchObject({ issueId: earlier.id, date: '2022-09-24' });

    const source = await call<ArchiveSourceView>('archive.source', {
      issueId: earlier.id,
      versionId: article?.source?.versionId,
      paragraph: article?.source?.paragraph,
    });
    expect(source.issue).toMatchObject({ id: earlier.id, date: '2022-09-24', trashed: false });
    expect(source.isHead).toBe(true);
    expect(source.versionNumber).toBe(1);
    const shown = source.paragraphs.find((p) => p.index === source.paragraph);
    expect(shown?.text).toBe(story.headline);
    expect(source.paragraphs.length).toBeGreaterThan(1);
    expect(source.paragraphs.length).toBeLessThanOrEqual(7);
    const outside = await services.dispatch('archive.source', {
      issueId: 'no-such-issue',
      paragraph: 0,
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const mark = await call<BoilerplateView>('archive.markBoilerplate', {
      text: box,
      note: '天气预报',
    });
    expect(mark).toMatchObject({ note: '天气预报' });
    expect(mark.sample).toContain('今日天气');
    const left = await kindsOf(later.id, 'archive-repeat');
    expect(left).toHaveLength(1);
    expect(await call<BoilerplateView[]>('archive.boilerplate', {})).toEqual([mark]);
    const short = await services.dispatch('archive.markBoilerplate', { text: '天气' });
    expect(short).toMatchObject({ ok: false, error: { code: 'not-a-paragraph' } });

    expect(await call('archive.unmarkBoilerplate', { id: mark.id })).toEqual({ removed: true });
    expect(await kindsOf(later.id, 'archive-repeat')).toHaveLength(2);
  });
});
