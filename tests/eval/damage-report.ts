/** Markdown for the damage check (see damage.ts). */
import { byKind, perMillion, type DamageRow } from './damage';

function table(rows: readonly DamageRow[]): string[] {
  const lines = [
    '| text | texts | chars | edits | per million chars | by kind |',
    '| ---- | ----- | ----- | ----- | ----------------- | ------- |',
  ];
  for (const r of rows) {
    const kinds = byKind(r.edits)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    lines.push(
      `| ${r.set} | ${r.texts} | ${r.chars} | ${r.edits.length} | ${perMillion(r).toFixed(1)} | ${kinds || '–'} |`,
    );
  }
  return lines;
}

/**
 * The damage tables: correct text (every edit listed, each one damage) and the uncleaned real
 * text (counts by kind, and up to `examples` edits of each kind other than punctuation-width).
 */
export function formatDamage(
  correct: readonly DamageRow[],
  raw: readonly DamageRow[],
  examples = 12,
): string {
  const out = [
    '## Damage check: `galley clean` on real text',
    '',
    'Correct text (zh-news: 500 CCTV articles as issues of 10 stories; the human ground truth of',
    'the ICDAR 2017 English files): every edit is damage, the target is 0.',
    '',
    ...table(correct),
    '',
  ];
  for (const r of correct) for (const e of r.edits) out.push(`- ${e.text} ${e.kind}: ${e.context}`);
  out.push(
    '',
    'Uncleaned real text as published (zh-text), modern English prose (the READMEs of the',
    'installed packages, paragraph by paragraph) and older English prose (the State of the Union',
    'addresses and Moby-Dick): half-width punctuation and stray spaces an editor would fix are',
    'right, so is a typo fixed; read the rest.',
    '',
    ...table(raw),
    '',
  );
  for (const r of raw) {
    const shown = new Map<string, number>();
    for (const e of r.edits) {
      if (e.kind === 'punctuation-width') continue;
      const n = shown.get(e.kind) ?? 0;
      if (n >= examples) continue;
      shown.set(e.kind, n + 1);
      out.push(`- ${e.text} ${e.kind}: ${e.context}`);
    }
  }
  return `${out.join('\n')}\n`;
}
