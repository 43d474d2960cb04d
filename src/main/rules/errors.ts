/**
 * A rule list that cannot be used: a WorkspaceError (code `invalid-input`) whose message lists
 * every problem, so the CLI and the IPC layer report it like any other store error.
 */
import type { RuleProblem } from '../../core/rules/validate';
import { WorkspaceError } from '../workspace/errors';

/** At most this many problems are spelled out in the message. */
const SHOWN = 20;

export class RulesError extends WorkspaceError {
  /** Every problem, located (`replacements[3].find`, `line 7`). */
  readonly problems: readonly RuleProblem[];

  constructor(summary: string, problems: readonly RuleProblem[]) {
    const lines = problems.slice(0, SHOWN).map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`);
    if (problems.length > SHOWN) lines.push(`… and ${problems.length - SHOWN} more`);
    super('invalid-input', lines.length > 0 ? `${summary}: ${lines.join('; ')}` : summary);
    this.name = 'RulesError';
    this.problems = problems;
  }
}
