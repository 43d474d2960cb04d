import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, rulesFromCsv, rulesToCsv } from '../../src/core/rules/csv';
import type { RuleList } from '../../src/core/rules/types';
import { validateRuleList } from '../../src/core/rules/validate';
import { ruleList } from './helpers';

const LIST = ruleList({
  starter: true,
  replacements: [
    { find: '己经', replace: '已经', safe: true, note: 'OCR：己/已' },
    { find: '(?<=\\d)l(?=\\d)', replace: '1', regex: true, note: 'l/1, "in digits"' },
    { find: 'Pekin', replace: 'Peking', scope: 'word', note: 'line one\nline two' },
    {
      find: 'a(?=.*b)',
      replace: 'c',
      regex: true,
      note: 'slow',
      disabled: 'Stopped after 2.3 s: the pattern ran too long',
    },
  ],
  protected: [{ term: '马末都', note: '人名, 文物专家' }],
  formulations: [{ phrase: '不忘初心、牢记使命', note: '' }],
});

function fromCsv(text: string): RuleList {
  const read = rulesFromCsv(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const validated = validateRuleList(read.value);
  if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
  return validated.value;
}

describe('rule lists as CSV', () => {
  it('round-trips a list (BOM, CRLF, quoted commas, quotes and line breaks)', () => {
    const csv = rulesToCsv(LIST);
    expect(csv.startsWith('\ufeffkind,find,replace,regex,scope,safe,note,disabled\r\n')).toBe(true);
    // A rule stopped for running too long stays off through the round trip.
    expect(fromCsv(csv)).toEqual(LIST);
    expect(fromCsv(csv).replacements[3].disabled).toMatch(/^Stopped after/);
  });

  it('imports a two-column find,replace sheet as replacements', () => {
    const list = fromCsv('find,replace\n其它,其他\n末来,未来\n');
    expect(list.replacements.map((r) => [r.find, r.replace])).toEqual([
      ['其它', '其他'],
      ['末来', '未来'],
    ]);
  });

  it('reads Excel-style booleans and any column order', () => {
    const list = fromCsv('Note,Safe,Replace,Find,Kind\n本报,是,其他,其它,replacement\n');
    expect(list.replacements[0]).toMatchObject({
      find: '其它',
      replace: '其他',
      safe: true,
      note: '本报',
    });
  });

  it('says which line is wrong', () => {
    const read = rulesFromCsv('kind,find,replace\nreplacement,a,b\nrule,x,y\nreplacement,"open,\n');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0].line).toBe(4);
    const unknown = rulesFromCsv('kind,find,replace\nreplacement,a,b\nrule,x,y\n');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(unknown.problems).toEqual([{ line: 3, message: expect.stringContaining('rule') }]);
    expect(rulesFromCsv('a,b\n1,2\n').ok).toBe(false);
  });

  it('parses any field back as written (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '己', 'x') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const list = ruleList({
            starter: false,
            replacements: rows.map((cells, i) => ({
              find: `f${i}${cells[0]}`.replace(/\r/g, ''),
              replace: cells[1].replace(/\r/g, ''),
              note: (cells[2] ?? '').replace(/\r/g, ''),
            })),
          });
          const back = fromCsv(rulesToCsv(list));
          expect(back.replacements).toEqual(list.replacements);
        },
      ),
      { numRuns: 200 },
    );
    expect(parseCsv('a,"b ""c"""\r\n').ok && parseCsv('a,"b ""c"""\r\n')).toMatchObject({
      rows: [{ cells: ['a', 'b "c"'], line: 1 }],
    });
  });
});
