/**
 * `npm run eval`: the quality evaluation. Prints markdown tables and writes
 * test-output/eval.json.
 *
 *   npm run eval -- [--seed N] [--zh N] [--en N] [--icdar all|monographs|none] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { damageOnCorrectText, editsOnRawText } from './damage';
import { formatDamage } from './damage-report';
import { runEval } from './evaluate';
import { formatReport } from './report';
import { formatMisreadingEval, runMisreadingEval } from './misreading-eval';
import { formatRulesEval, runRulesEval } from './rules-eval';

// `npm run eval | head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20200305' },
    zh: { type: 'string', default: '60' },
    en: { type: 'string', default: '20' },
    icdar: { type: 'string', default: 'all' },
    out: { type: 'string', default: 'test-output/eval.json' },
  },
});
const icdar = values.icdar;
if (icdar !== 'all' && icdar !== 'monographs' && icdar !== 'none') {
  process.stderr.write('eval: --icdar must be all, monographs or none\n');
  process.exit(2);
}
const report = runEval({
  seed: Number(values.seed),
  zh: Number(values.zh),
  en: Number(values.en),
  icdar,
});
process.stdout.write(formatReport(report));
process.stdout.write(`\n${formatRulesEval(runRulesEval(Number(values.seed)))}`);
process.stdout.write(`\n${formatDamage(damageOnCorrectText(), editsOnRawText())}`);
const misreadings = runMisreadingEval(Number(values.seed), icdar !== 'none');
process.stdout.write(`\n${formatMisreadingEval(misreadings)}`);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ ...report, misreadings }, null, 2)}\n`);
process.stdout.write(`\nWrote ${values.out}\n`);
