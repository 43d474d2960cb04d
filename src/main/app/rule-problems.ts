/**
 * Rule problems as sentences for the Rules screen, in both interface languages. The rule
 * engine locates each problem (`replacements[3].find`) and words it in English; this maps it to
 * the form field it concerns and adds the zh-CN sentence. A message it does not know keeps its
 * English wording in both languages rather than being lost.
 */
import type { Message } from '../../core/finding';
import { checkRegexSafety } from '../../core/rules/regex-safety';
import type { RuleKind } from '../../core/rules/types';
import type { RuleProblem } from '../../core/rules/validate';
import type { RuleProblemView } from '../../shared/editorial';

/** The field names as the Rules screen labels them. */
const FIELD_NAMES: Readonly<Record<string, Message>> = {
  find: { 'zh-CN': '错误写法', en: 'Wrong form' },
  replace: { 'zh-CN': '正确写法', en: 'Right form' },
  term: { 'zh-CN': '保护词', en: 'Protected term' },
  phrase: { 'zh-CN': '规范提法', en: 'Formulation' },
  note: { 'zh-CN': '说明', en: 'Note' },
  scope: { 'zh-CN': '范围', en: 'Scope' },
  regex: { 'zh-CN': '正则表达式', en: 'Regular expression' },
  safe: { 'zh-CN': '可自动修正', en: 'Safe fix' },
  id: { 'zh-CN': '编号', en: 'Id' },
};

/** The field that holds what a rule of `kind` matches. */
export function mainField(kind: RuleKind): 'find' | 'term' | 'phrase' {
  return kind === 'replacement' ? 'find' : kind === 'protected' ? 'term' : 'phrase';
}

type Sentence = (field: Message, match: RegExpMatchArray) => Message;

/** Known wordings of the rule engine, with their sentences. */
const WORDINGS: readonly (readonly [RegExp, Sentence])[] = [
  [/^must not be empty$/, (f) => ({ 'zh-CN': `请填写“${f['zh-CN']}”。`, en: `${f.en} is empty.` })],
  [
    /^is longer than (\d+) characters$/,
    (f, m) => ({
      'zh-CN': `“${f['zh-CN']}”超过 ${m[1]} 个字符。`,
      en: `${f.en} is longer than ${m[1]} characters.`,
    }),
  ],
  [
    /^must be text$/,
    (f) => ({ 'zh-CN': `“${f['zh-CN']}”必须是文字。`, en: `${f.en} must be text.` }),
  ],
  [
    /^must not contain \\r$/,
    (f) => ({ 'zh-CN': `“${f['zh-CN']}”不能含回车符。`, en: `${f.en} must not contain \\r.` }),
  ],
  [
    /^is the same as find$/,
    () => ({
      'zh-CN': '正确写法与错误写法相同，这条规则不会改变任何文字。',
      en: 'The right form is the same as the wrong one: the rule would change nothing.',
    }),
  ],
  [
    /^must be at least 2 characters$/,
    (f) => ({
      'zh-CN': `“${f['zh-CN']}”至少要有 2 个字。`,
      en: `${f.en} needs at least 2 characters.`,
    }),
  ],
  [
    /^must be on one line$/,
    (f) => ({ 'zh-CN': `“${f['zh-CN']}”只能有一行。`, en: `${f.en} must be on one line.` }),
  ],
  [
    /^must be one of /,
    (f) => ({ 'zh-CN': `“${f['zh-CN']}”的取值无效。`, en: `${f.en} is not one of the choices.` }),
  ],
  [
    /^must be true or false$/,
    (f) => ({ 'zh-CN': `“${f['zh-CN']}”只能是“是”或“否”。`, en: `${f.en} must be yes or no.` }),
  ],
  [
    /^must be a short string$/,
    (f) => ({ 'zh-CN': `“${f['zh-CN']}”太长。`, en: `${f.en} is too long.` }),
  ],
  [
    /^another rule already has this pattern and scope/,
    () => ({
      'zh-CN': '已有一条错误写法和范围都相同的规则。',
      en: 'Another rule already has this wrong form and scope.',
    }),
  ],
  [
    /^listed twice/,
    (f) => ({
      'zh-CN': `这个${f['zh-CN']}已在列表中。`,
      en: `This ${f.en.toLowerCase()} is already listed.`,
    }),
  ],
  [
    /^has the id of an earlier entry/,
    () => ({ 'zh-CN': '已有一条规则使用这个编号。', en: 'Another rule already has this id.' }),
  ],
];

const KIND_NAMES_ZH: Readonly<Record<RuleKind, string>> = {
  replacement: '替换规则',
  protected: '保护词',
  formulation: '规范提法',
};

const ENTRY_PATH = /^(replacements|protected|formulations)\[\d+\]\.?/;

/**
 * The problems of a rule of `kind` the editor typed (`input`: the form's fields), each with its
 * form field and a sentence in every interface language.
 */
export function ruleProblemViews(
  kind: RuleKind,
  problems: readonly RuleProblem[],
  input: { readonly find?: string; readonly regex?: boolean },
): RuleProblemView[] {
  return problems.map((problem) => {
    const inList = ENTRY_PATH.test(problem.path);
    let field = problem.path.replace(ENTRY_PATH, '');
    // A duplicate found in the whole list concerns what the rule matches.
    if (inList && field === '') field = mainField(kind);
    return { field, message: sentence(kind, field, problem.message, input) };
  });
}

function sentence(
  kind: RuleKind,
  field: string,
  message: string,
  input: { readonly find?: string; readonly regex?: boolean },
): Message {
  if (kind === 'replacement' && field === 'find' && input.regex && input.find !== undefined) {
    const verdict = checkRegexSafety(input.find);
    if (!verdict.safe && verdict.reason === message) {
      return { 'zh-CN': `正则表达式不可用：${verdict.reasonZh}`, en: verdict.reason };
    }
  }
  const name = FIELD_NAMES[field] ?? { 'zh-CN': field, en: field };
  for (const [pattern, say] of WORDINGS) {
    const match = message.match(pattern);
    if (match) return say(name, match);
  }
  const en = field === '' ? message : `${name.en}: ${message}`;
  return { 'zh-CN': en, en };
}

/** Known wordings of rule-file problems (CSV lines, JSON paths), in zh-CN. */
const FILE_WORDINGS: readonly (readonly [RegExp, (m: RegExpMatchArray) => string])[] = [
  [/^the file is empty$/, () => '文件是空的'],
  [/^no "find" column$/, () => '缺少 find 列'],
  [/^no "kind" and no "replace" column$/, () => '既没有 kind 列也没有 replace 列'],
  [
    /^unknown kind "(.*)" \(/,
    (m) => `未知的类型“${m[1]}”（应为 replacement、protected 或 formulation）`,
  ],
  [
    /^"(\w+)" must be true or false, not "(.*)"$/,
    (m) => `${m[1]} 列应为 true 或 false，而不是“${m[2]}”`,
  ],
  [/^text after a closing quote$/, () => '引号结束后还有文字'],
  [/^a quoted field is not closed$/, () => '引号没有闭合'],
];

/** One located problem of a rule file, as a line of text in each language. */
export function fileProblemLine(problem: RuleProblem): Message {
  const where = problem.path.match(/^line (\d+)$/);
  const zhWhere = where ? `第 ${where[1]} 行` : problem.path;
  const enLine = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
  for (const [pattern, say] of FILE_WORDINGS) {
    const match = problem.message.match(pattern);
    if (match) return { 'zh-CN': zhWhere ? `${zhWhere}：${say(match)}` : say(match), en: enLine };
  }
  const entry = problem.path.match(/^(replacements|protected|formulations)\[(\d+)\]\.?(.*)$/);
  if (entry) {
    const kind: RuleKind =
      entry[1] === 'replacements'
        ? 'replacement'
        : entry[1] === 'protected'
          ? 'protected'
          : 'formulation';
    const [view] = ruleProblemViews(kind, [problem], {});
    const list = KIND_NAMES_ZH[kind];
    return {
      'zh-CN': `${list}第 ${Number(entry[2]) + 1} 条：${view.message['zh-CN']}`,
      en: enLine,
    };
  }
  return { 'zh-CN': zhWhere ? `${zhWhere}：${problem.message}` : problem.message, en: enLine };
}
