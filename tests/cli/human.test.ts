import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import { excerpt, formatFileReport, LineIndex } from '../../src/cli/report/human';

function naive(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  return { line, col: [...lastLine].length + 1 };
}

const finding = (start: number, end: number, replacement: string): Finding => ({
  id: 'stray-space:x',
  kind: 'stray-space',
  start,
  end,
  replacement,
  confidence: 'safe',
  message: { 'zh-CN': '多余的空格', en: 'Stray space' },
});

describe('human report', () => {
  it('LineIndex gives 1-based lines and code-point columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '中', '\n', ' ', '😀'), { maxLength: 60 }),
        fc.nat(),
        (chars, n) => {
          const text = chars.join('');
          // Only code-point boundaries are meaningful positions.
          const bounds = [0];
          for (const ch of chars) bounds.push(bounds[bounds.length - 1] + ch.length);
          const pos = bounds[n % bounds.length];
          expect(new LineIndex(text).at(pos)).toEqual(naive(text, pos));
        },
      ),
    );
  });

  it('an excerpt shows context, the covered text and its replacement, spaces made visible', () => {
    const text = '本报讯 (记者 许珂) 3月4日,记者从市扶贫办获悉';
    expect(excerpt(text, finding(3, 4, ''))).toBe('本报讯[␣→](记者␣许珂');
    expect(excerpt(text, finding(0, 0, 'X'))).toBe('[→X]本报讯␣(记');
  });

  it('one header and one line per finding', () => {
    const text = '第一行\n本报讯 (记者)';
    const out = formatFileReport('a.txt', 'utf-8', text, [finding(7, 8, '')], 'en');
    expect(out).toBe(
      'a.txt (utf-8): 1 findings, 1 safe\n  2:4  stray-space  safe  一行⏎本报讯[␣→](记者)  Stray space\n',
    );
  });
});
