/**
 * The workspace's rule list on disk: `<workspace>/rules.json`, the RuleList as JSON (schema 1),
 * written atomically and durably (writeDurable), beside the index and never inside it.
 *
 * A missing file means the default list (no rules of the editor's own, the starter
 * formulations on). A damaged file (not JSON, not a valid list, a newer schema) is reported and
 * left where it is — the defaults apply meanwhile — and copied to backups/ before the next save
 * replaces it, so it is never silently overwritten.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleList } from '../../core/rules/types';
import { emptyRuleList } from '../../core/rules/types';
import { validateRuleList, type RuleProblem } from '../../core/rules/validate';
import { ensureDir, writeDurable } from '../workspace/durable';
import type { Layout } from '../workspace/layout';

/** The rule list's file in a workspace. */
export function rulesPath(layout: Layout): string {
  return join(layout.root, 'rules.json');
}

/** What reading rules.json found. */
export type RulesFileState =
  | { readonly state: 'missing'; readonly list: RuleList }
  | { readonly state: 'ok'; readonly list: RuleList }
  | {
      readonly state: 'damaged';
      /** The defaults, in force until the editor saves a list. */
      readonly list: RuleList;
      readonly problems: readonly RuleProblem[];
    };

/** Reads and validates rules.json (synchronously: it is small and analyses need it at once). */
export function readRulesFile(layout: Layout): RulesFileState {
  let text: string;
  try {
    text = readFileSync(rulesPath(layout), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { state: 'missing', list: emptyRuleList() };
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return damaged([{ path: '', message: `rules.json is not JSON (${detail})` }]);
  }
  const validated = validateRuleList(json, { stored: true });
  return validated.ok ? { state: 'ok', list: validated.value } : damaged(validated.problems);
}

function damaged(problems: readonly RuleProblem[]): RulesFileState {
  return { state: 'damaged', list: emptyRuleList(), problems };
}

/** Writes `list` as rules.json, atomically and durably. */
export async function writeRulesFile(layout: Layout, list: RuleList): Promise<void> {
  await ensureDir(layout.tmp);
  await writeDurable(rulesPath(layout), `${JSON.stringify(list, null, 2)}\n`, {
    tmpDir: layout.tmp,
  });
}
