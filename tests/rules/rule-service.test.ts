import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RulesError, rulesPath } from '../../src/main/rules/index';
import { createServices, type Services } from '../../src/main/services/index';
import { layoutOf, openWorkspace, WorkspaceError } from '../../src/main/workspace/index';
import { draftFile, tempFolder } from '../archive/helpers';

let folder: string;
let remove: () => Promise<void>;
let services: Services;

async function open(name = 'ws'): Promise<Services> {
  return createServices(await openWorkspace(join(folder, name)));
}

beforeEach(async () => {
  ({ folder, remove } = await tempFolder());
  services = await open();
});

afterEach(async () => {
  await services.workspace.close();
  await remove();
});

describe('the workspace rule list', () => {
  it('starts with the starter formulations on and no rules of its own', async () => {
    const list = services.rules.list();
    expect(list).toMatchObject({
      starter: true,
      replacements: [],
      protected: [],
      formulations: [],
    });
    expect(services.rules.compiled().formulations.length).toBe(
      services.rules.starterFormulations().length,
    );
    const path = await draftFile(folder, 'a.txt', '坚持以习近平新时代中国特色社会主义想为指导。\n');
    const { issue } = await services.issues.importFile(path);
    const kinds = (await services.issues.analyse(issue.id)).findings.map((f) => f.kind);
    expect(kinds).toContain('formulation');
  });

  it('adds, edits and removes rules, kept across sessions, used by analyses', async () => {
    const path = await draftFile(folder, 'a.txt', '表彰先进人物，经济进人新阶段，其它地区跟进。\n');
    const { issue } = await services.issues.importFile(path);
    const rule = await services.rules.add('replacement', {
      find: '进人',
      replace: '进入',
      note: 'OCR',
    });
    await services.rules.add('replacement', { find: '其它', replace: '其他', safe: true });
    await services.rules.add('protected', { term: '先进人物' });
    const found = (await services.issues.analyse(issue.id)).findings.filter(
      (f) => f.kind === 'rule',
    );
    expect(found.map((f) => [f.replacement, f.confidence])).toEqual([
      ['入', 'suggest'],
      ['他', 'safe'],
    ]);
    const cleaned = await services.issues.clean(issue.id);
    expect((await services.issues.read(issue.id)).text).toBe(
      '表彰先进人物，经济进人新阶段，其他地区跟进。\n',
    );
    expect(cleaned.applied.map((f) => f.kind)).toEqual(['rule']);

    await services.rules.update('replacement', rule.id, {
      find: '进人',
      replace: '进入',
      safe: true,
    });
    await services.workspace.close();
    services = await open();
    expect(services.rules.list().replacements.map((r) => [r.find, r.safe])).toEqual([
      ['进人', true],
      ['其它', true],
    ]);
    expect(services.rules.list().replacements[0].id).toBe(rule.id);
    expect(await services.rules.remove('replacement', rule.id)).toBe(true);
    expect(await services.rules.remove('replacement', rule.id)).toBe(false);
    expect(services.rules.list().replacements).toHaveLength(1);
  });

  it('refuses an unsafe regular expression before anything is saved', async () => {
    await expect(
      services.rules.add('replacement', { find: '(\\d+)+号', replace: '号', regex: true }),
    ).rejects.toThrow(RulesError);
    expect(await readdir(services.workspace.folder)).not.toContain('rules.json');
  });

  it('imports and exports CSV and JSON files, round trip', async () => {
    const csv = await draftFile(
      folder,
      'list.csv',
      '\ufeffkind,find,replace,regex,scope,safe,note\r\n' +
        'replacement,己经,已经,false,cjk,true,"OCR, 己/已"\r\n' +
        'replacement,(?<=\\d)l(?=\\d),1,true,cjk,false,l/1\r\n' +
        'protected,马末都,,,,,人名\r\n' +
        'formulation,衡阳市委常委会工作要点,,,,,本报\r\n',
    );
    const first = await services.rules.importFile(csv);
    expect(first).toMatchObject({ added: 4, updated: 0, mode: 'merge' });
    const again = await services.rules.importFile(csv);
    expect(again).toMatchObject({ added: 0, updated: 4 });

    for (const format of ['csv', 'json'] as const) {
      const out = join(folder, `out.${format}`);
      await services.rules.exportFile(out);
      const other = await open(`ws-${format}`);
      try {
        const outcome = await other.rules.importFile(out, { mode: 'replace' });
        expect(outcome.list).toEqual(services.rules.list());
      } finally {
        await other.workspace.close();
      }
    }
    expect((await readFile(join(folder, 'out.csv'), 'utf8')).startsWith('\ufeffkind,')).toBe(true);
  });

  it('reports a bad import file by line and changes nothing', async () => {
    const bad = await draftFile(
      folder,
      'bad.csv',
      'kind,find,replace\nreplacement,a,b\nrule,x,y\n',
    );
    const error = await services.rules.importFile(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RulesError);
    expect((error as RulesError).message).toContain('line 3');
    expect(services.rules.list().replacements).toEqual([]);
    await expect(services.rules.importFile(join(folder, 'none.json'))).rejects.toThrow(
      WorkspaceError,
    );
  });

  it('keeps a damaged rules.json aside instead of overwriting it', async () => {
    const layout = layoutOf(services.workspace.folder);
    await writeFile(rulesPath(layout), '{"replacements": [{"find": ""}]');
    await services.workspace.close();
    services = await open();
    expect(services.rules.damage()).not.toBeNull();
    expect(services.rules.list().replacements).toEqual([]);
    await services.rules.add('protected', { term: '先进人物' });
    const backups = await readdir(layout.backups);
    expect(backups.some((name) => name.startsWith('rules.json'))).toBe(true);
    expect(services.rules.damage()).toBeNull();
  });

  it('previews a rule on a text without saving it', () => {
    const hits = services.rules.test(
      'replacement',
      { find: '末来', replace: '未来' },
      '面向末来，周末来访。',
    );
    expect(hits.map((h) => [h.found, h.replacement, h.before])).toEqual([
      ['末来', '未来', '面向'],
      ['末来', '未来', '面向末来，周'],
    ]);
    expect(services.rules.list().replacements).toEqual([]);
  });

  it('previews a rule as Proofread applies it: a hit that touches a protected term is left out', async () => {
    await services.rules.add('protected', { term: '周末来访' });
    const hits = services.rules.test(
      'replacement',
      { find: '末来', replace: '未来' },
      '面向末来，周末来访。',
    );
    expect(hits.map((h) => h.before)).toEqual(['面向']);
  });
});
