import { damageOnCorrectText, editsOnRawText, byKind, perMillion } from './tests/eval/damage';
for (const r of [...damageOnCorrectText(), ...(process.argv.includes('--raw') ? editsOnRawText() : [])]) {
  console.log(r.set, r.texts, r.chars, r.edits.length, perMillion(r).toFixed(1), JSON.stringify(byKind(r.edits)));
  for (const e of r.edits) if (e.kind !== 'punctuation-width' && (process.argv.includes('--all') || e.kind !== 'stray-space')) console.log('  ', e.kind, e.text, e.context);
}
